/**
 * `npm run convert -- --edition X` prints what that edition's pages show.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function convert(edition: string, input: string) {
  return spawnSync('npm', ['run', '--silent', 'convert', '--', '--edition', edition], {
    input,
    encoding: 'utf8',
  });
}

describe('npm run convert', () => {
  it('converts standard input for zh-tw with the glossary', () => {
    const result = convert('zh-tw', '台风过后，英伟达的“芯片”被发明了。\n');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('颱風過後，輝達的「晶片」被發明了。\n');
  });
  it('converts for zh-hk and passes zh-cn through', () => {
    expect(convert('zh-hk', '面条里的头发').stdout).toBe('麪條裏的頭髮');
    expect(convert('zh-cn', '面条里的头发').stdout).toBe('面条里的头发');
  });
  it('rejects an unknown edition with usage', () => {
    const result = convert('zh-sg', 'x');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('usage: npm run convert -- --edition <zh-cn|zh-tw|zh-hk>');
  });
});
