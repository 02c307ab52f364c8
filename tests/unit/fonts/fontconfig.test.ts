import { describe, expect, it } from 'vitest';
import { fontconfigText } from '../../../scripts/fontconfig.ts';

const dirs = (xml: string) => [...xml.matchAll(/<dir>([^<]+)<\/dir>/g)].map((m) => m[1]!);

describe("the project's fontconfig", () => {
  it("never lists the machine's font folders or includes its configuration", () => {
    for (const set of ['device', 'bare'] as const) {
      const xml = fontconfigText(set, '/cache');
      expect(xml).not.toMatch(/<include|\/usr\/share\/fonts|\/etc\/fonts|~\/\.fonts/);
      for (const dir of dirs(xml))
        expect(dir).toMatch(/node_modules\/(@expo-google-fonts|dejavu-fonts-ttf)\//);
    }
  });

  it('"device" carries the Noto typefaces under the names the screen stacks ask for', () => {
    const xml = fontconfigText('device', '/cache');
    expect(dirs(xml).length).toBe(12);
    expect(xml).toContain(
      '<alias binding="same"><family>Noto Serif CJK HK</family><accept><family>Noto Serif HK</family></accept></alias>',
    );
  });

  it('"bare" is a machine without CJK fonts: one Latin typeface', () => {
    expect(dirs(fontconfigText('bare', '/cache'))).toEqual([
      expect.stringMatching(/dejavu-fonts-ttf\/ttf$/),
    ]);
  });
});

describe('a device with the Google Fonts names only', () => {
  it('"plain-tc" has the carried faces under their own names and draws the generic families with TC faces', () => {
    const xml = fontconfigText('plain-tc', '/cache');
    expect(dirs(xml).length).toBe(12);
    expect(xml).not.toContain('CJK');
    expect(xml).not.toContain('PingFang');
    expect(xml).toContain(
      '<alias><family>serif</family><prefer><family>Noto Serif TC</family></prefer></alias>',
    );
  });
});
