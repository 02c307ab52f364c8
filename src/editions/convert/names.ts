/**
 * Finds people's names in Simplified text, so that conversion can treat them as names and
 * not as words (范麟熙 is never 範麟熙, 杰弗里 never 傑弗裏). Works on jieba's tagged words
 * (with its HMM, which finds names its dictionary lacks) and on a list of surnames, plus the
 * glossary's people:
 *
 * - a word jieba cannot place (tag `x`) or tags as a name (`nr`, `nrfg`), of two or three
 *   characters, that starts with a surname and is not a phrase of OpenCC's dictionary (朴素 is
 *   a word, 朴成勋 a name); a leading function word is dropped (由余志明 → 余志明);
 * - a surname word of two characters that swallowed the start of a name, followed by an
 *   unknown word that ends in a verb (沈阳|明在 → 沈阳明, 周年|华说 → 周年华), or by one
 *   character and then a verb (姜黄|明|带来 → 姜黄明);
 * - a lone surname at the start of a clause, then one or two characters, then a verb of
 *   saying or doing (于|海峰|表示 → 于海峰);
 * - transliterated names (`nrt`) and names joined by a middle dot (杰弗里·辛顿).
 *
 * Pure: the caller supplies the tagged words and the phrase test.
 */

/** A word as jieba's tagger returns it. */
export interface TaggedWord {
  word: string;
  tag: string;
}

/** A name found in the text: where it starts and how long it is, in code points. */
export interface NameSpan {
  start: number;
  length: number;
}

/** Common single-character Chinese surnames (Simplified), the trap characters among them. */
export const surnames = new Set(
  Array.from(
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由',
  ),
);

/**
 * Surnames whose name form differs from the word's (范/範, 于/於, 钟/鍾 …): only these are looked
 * for where jieba has swallowed the name into words, since elsewhere a missed name converts
 * the same either way and a false one costs.
 */
export const trapSurnames = new Set(Array.from('范于余游涂钟朴丰沈姜党谷郁后叶周卜岳征咸占'));

const nameTags = new Set(['x', 'nr', 'nrfg']);
/**
 * Characters common as the last of a given name (…明, …华, …薇): a word never ends a clause on them
 * before 的.
 */
const givenNameEnds = new Set(
  Array.from(
    '明华伟秋薇军东志强丽芳敏静婷磊洋勇艳杰娟涛超霞刚英玲辉鹏飞斌宇浩凯健俊旭龙林欣瑶琳晶鑫雪梅兰凤红燕萍慧颖倩丹蕾雯璐峰波昊轩睿',
  ),
);
/** Words a name may follow without their being part of it (由余志明: 由 + 余志明). */
const leaders = new Set(Array.from('由被和与跟对向把让给请将从为是据'));
/** Verbs and particles that often follow a name (…明在, …华说). */
const after = new Set(Array.from('说在是和也把称将曾又就还对向'));
/** Words that start a predicate after a name at the start of a clause. */
const predicates = new Set([
  ...after,
  '表示',
  '认为',
  '指出',
  '说道',
  '写道',
  '回应',
  '透露',
  '介绍',
  '发言',
  '强调',
  '坦言',
  '后来',
  '带来',
  '加入',
  '看',
  '看了看',
  '参加',
  '负责',
  '提出',
  '发现',
]);
/** Titles and roles after which a name often follows (记者范文理). */
const titles =
  /(记者|工程师|研究员|教授|科学家|分析师|作者|主持人|总裁|部长|总理|主席|创始人|经理|博士|老师|学生|同学|编辑)$/;
const han = /^\p{Script=Han}+$/u;
const clauseEnd = /[，。、；：！？「」“”‘’（）《》\s]$/u;

const chars = (s: string) => Array.from(s).length;

/**
 * The names in a run of tagged words. `isPhrase` says whether a string is a word of OpenCC's
 * phrase tables (then a tagged "name" such as 朴素 is a word after all); `people` are names
 * always taken as names (the glossary's people).
 */
export function findNames(
  words: readonly TaggedWord[],
  isPhrase: (s: string) => boolean,
  people: ReadonlySet<string> = new Set(),
): NameSpan[] {
  const spans: NameSpan[] = [];
  const starts: number[] = [];
  let at = 0;
  for (const w of words) {
    starts.push(at);
    at += chars(w.word);
  }
  const clauseStart = (k: number) => {
    if (k === 0) return true;
    const before = words[k - 1]!.word;
    return clauseEnd.test(before) || titles.test(before);
  };
  const isWordy = (s: string) => isPhrase(s) || (chars(s) === 3 && isPhrase(s.slice(0, 2)));
  const push = (start: number, length: number) => {
    const last = spans.at(-1);
    if (last && start < last.start + last.length) return;
    spans.push({ start, length });
  };
  for (let k = 0; k < words.length; k++) {
    const { word, tag } = words[k]!;
    const next = words[k + 1];
    const n = chars(word);
    if (!han.test(word)) continue;
    if (people.has(word)) {
      push(starts[k]!, n);
      continue;
    }
    // a transliteration, or a run of words joined by middle dots (杰弗里·辛顿, 阿拉温德·斯里尼瓦斯)
    if (next?.word === '·' || tag === 'nrt') {
      let end = k;
      while (words[end + 1]?.word === '·' && han.test(words[end + 2]?.word ?? '')) end += 2;
      if (end > k || tag === 'nrt') {
        const length = starts[end]! + chars(words[end]!.word) - starts[k]!;
        push(starts[k]!, length);
        k = end;
        continue;
      }
    }
    const first = Array.from(word)[0]!;
    // a tagged or unknown word that is a whole name
    if (nameTags.has(tag) && n >= 2 && n <= 3 && surnames.has(first) && !isWordy(word)) {
      push(starts[k]!, n);
      continue;
    }
    if (tag === 'x' && (n === 3 || n === 4) && leaders.has(first)) {
      const rest = Array.from(word).slice(1).join('');
      if (surnames.has(Array.from(rest)[0]!) && !isWordy(rest)) {
        push(starts[k]! + 1, n - 1);
        continue;
      }
    }
    if (n === 2 && trapSurnames.has(first) && next && han.test(next.word)) {
      const nextChars = Array.from(next.word);
      // 沈阳|明在, 周年|华说: the name's last character glued to the verb after it
      if (next.tag === 'x' && nextChars.length === 2 && after.has(nextChars[1]!)) {
        if (clauseStart(k)) push(starts[k]!, 3);
        continue;
      }
      // 姜黄|明|带来, 叶韵|秋|在, 丰采|薇, 谷子|明|的
      const third = words[k + 2]?.word ?? '';
      if (
        nextChars.length === 1 &&
        (next.tag === 'g' ||
          givenNameEnds.has(next.word) ||
          (nameTags.has(tag) && /^(a|t|n|ng|nr|x)$/.test(next.tag))) &&
        (predicates.has(third) ||
          predicates.has(Array.from(third)[0] ?? '') ||
          (third === '的' && givenNameEnds.has(next.word))) &&
        !isPhrase(word + next.word)
      ) {
        if (clauseStart(k)) push(starts[k]!, 3);
        continue;
      }
    }
    // a lone surname opening a clause: 于|海峰|表示
    if (n === 1 && trapSurnames.has(first) && clauseStart(k) && next && han.test(next.word)) {
      const m = chars(next.word);
      const third = words[k + 2]?.word ?? '';
      if (m >= 1 && m <= 2 && predicates.has(third) && !isPhrase(word + next.word))
        push(starts[k]!, 1 + m);
    }
  }
  return spans;
}
