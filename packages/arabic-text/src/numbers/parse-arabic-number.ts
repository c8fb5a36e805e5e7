import { checkTextInput } from "../errors/text-input.js";
import { normalize } from "../normalize/normalize.js";
import { type NumberWords, numberWords } from "./number-words.js";

/**
 * Reads a number written in digits (ASCII, Arabic-Indic or Persian, with optional ٬/,
 * thousands groups and a ٫/. decimal part) or in words: cardinals 0–9999 in every case and
 * gender ("سبعة وعشرون"، "ألفين وخمسة وعشرين"، "ثلاثمائة"، "مئتين") and ordinals
 * ("الأولى"، "العاشر"، "الحادي عشر"، "الخامس والعشرين"). The whole text must be the number
 * (surrounding spaces, harakat, tatweel and invisible marks are ignored). Anything else,
 * including digit strings too long to be exact, gives `undefined`. Never throws on a string
 * up to `MAX_INPUT_LENGTH` units; a non-string throws `CstoError` `INVALID_INPUT`, a longer
 * string `INPUT_TOO_LARGE`.
 */
export function parseArabicNumber(text: string): number | undefined {
  const normalized = normalize(checkTextInput(text, "parseArabicNumber"), "search");
  if (normalized.length === 0) return undefined;
  const digits = parseDigits(normalized);
  if (digits !== undefined) return digits;
  const words = splitWords(normalized);
  if (words === undefined) return undefined;
  const lexicon = numberWords();
  return parseCardinal(words, lexicon) ?? parseOrdinal(words, lexicon);
}

function parseDigits(text: string): number | undefined {
  const c = text.charCodeAt(0);
  if (c < 0x30 || c > 0x39) return undefined;
  // Grouped thousands (12,500 / ١٢٬٥٠٠) or plain digits, then an optional decimal part. A
  // hand-written scan rather than a regex: one pass, no backtracking, whatever the length.
  const length = text.length;
  let i = 0;
  let integer = "";
  let run = 0;
  let groups = 0;
  for (; i < length; i++) {
    const d = text.charCodeAt(i);
    if (d >= 0x30 && d <= 0x39) {
      run++;
      continue;
    }
    if (d !== 0x2c && d !== 0x066c) break;
    // A separator closes a group: the first of 1–3 digits, every later one of exactly 3.
    if (groups === 0 ? run < 1 || run > 3 : run !== 3) return undefined;
    integer += text.slice(i - run, i);
    groups++;
    run = 0;
  }
  if (groups > 0 && run !== 3) return undefined;
  integer += text.slice(i - run, i);
  let fraction = "";
  if (i < length) {
    const d = text.charCodeAt(i);
    if (d !== 0x2e && d !== 0x066b) return undefined;
    const from = ++i;
    while (i < length && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++;
    if (i === from || i < length) return undefined;
    fraction = text.slice(from);
  }
  // Too many digits to be exact: not a number this function will vouch for.
  if (!Number.isSafeInteger(Number(integer))) return undefined;
  return Number(fraction === "" ? integer : `${integer}.${fraction}`);
}

/** A number word and whether و joined it to the previous one. */
interface Word {
  text: string;
  joined: boolean;
}

/** Splits on spaces and peels a conjunction و off every word but the first. */
function splitWords(text: string): Word[] | undefined {
  const words: Word[] = [];
  let joinNext = false;
  for (const part of text.split(" ")) {
    if (part === "و") {
      if (words.length === 0 || joinNext) return undefined;
      joinNext = true;
      continue;
    }
    // "واحد" is a number word itself; "وعشرون" is و + عشرون.
    if (words.length > 0 && !joinNext && part.length > 1 && part.charCodeAt(0) === 0x0648 && !isWord(part)) {
      words.push({ text: part.slice(1), joined: true });
      continue;
    }
    words.push({ text: part, joined: joinNext });
    joinNext = false;
  }
  return joinNext ? undefined : words;
}

function isWord(word: string): boolean {
  const lexicon = numberWords();
  return lexicon.units.has(word) || lexicon.ordinalCompoundUnits.has(word);
}

/** thousands? (و hundreds)? (و tens-and-units)?, or صفر. */
function parseCardinal(words: Word[], lexicon: NumberWords): number | undefined {
  if (words.length === 1 && words[0]!.text === "صفر") return 0;
  let at = 0;
  let total = 0;
  let parts = 0;
  for (const part of [readThousands, readHundreds, readTensAndUnits]) {
    if (at >= words.length) break;
    if (parts > 0 && !words[at]!.joined) return undefined;
    const read = part(words, at, lexicon);
    if (read === undefined) continue;
    total += read.value;
    at = read.next;
    parts++;
  }
  return parts > 0 && at === words.length ? total : undefined;
}

interface Read {
  value: number;
  next: number;
}

function readThousands(words: Word[], at: number, lexicon: NumberWords): Read | undefined {
  const first = words[at]!.text;
  const direct = lexicon.thousands.get(first);
  if (direct !== undefined) return { value: direct, next: at + 1 };
  // ثلاثة آلاف … عشرة آلاف; أحد عشر ألفا … تسعة وتسعون ألفا.
  const count = readTensAndUnits(words, at, lexicon);
  if (count === undefined || count.next >= words.length || words[count.next]!.joined) return undefined;
  const unit = words[count.next]!.text;
  if (!lexicon.thousandWords.has(unit)) return undefined;
  const plural = unit === "الاف";
  if (plural !== (count.value >= 3 && count.value <= 10)) return undefined;
  return { value: count.value * 1000, next: count.next + 1 };
}

function readHundreds(words: Word[], at: number, lexicon: NumberWords): Read | undefined {
  const first = words[at]!.text;
  const direct = lexicon.hundreds.get(first);
  if (direct !== undefined) return { value: direct, next: at + 1 };
  // The unit written apart: "ثلاث مائة".
  const unit = lexicon.units.get(first);
  const next = words[at + 1];
  if (unit === undefined || unit < 3 || unit > 9 || next === undefined || next.joined) return undefined;
  return lexicon.hundredWords.has(next.text) ? { value: unit * 100, next: at + 2 } : undefined;
}

/** 1–99: a unit, a teen (unit + عشر/عشرة), a ten, or unit و ten. */
function readTensAndUnits(words: Word[], at: number, lexicon: NumberWords): Read | undefined {
  const first = words[at]!.text;
  const next = words[at + 1];
  const compound = lexicon.compoundUnits.get(first);
  if (compound !== undefined && next !== undefined) {
    if (!next.joined && lexicon.teenTens.has(next.text)) return { value: 10 + compound, next: at + 2 };
    const ten = next.joined ? lexicon.tens.get(next.text) : undefined;
    if (ten !== undefined) return { value: ten + compound, next: at + 2 };
  }
  const ten = lexicon.tens.get(first);
  if (ten !== undefined) return { value: ten, next: at + 1 };
  const unit = lexicon.units.get(first);
  if (unit !== undefined) return { value: unit, next: at + 1 };
  return undefined;
}

/** الأول … العاشر، الحادي عشر … التاسع عشر، العشرون، الحادي والعشرون … (both cases, both genders). */
function parseOrdinal(words: Word[], lexicon: NumberWords): number | undefined {
  const first = words[0]!.text;
  if (words.length === 1) return lexicon.ordinalUnits.get(first) ?? lexicon.ordinalTens.get(first);
  if (words.length !== 2) return undefined;
  const unit = lexicon.ordinalUnits.get(first) ?? lexicon.ordinalCompoundUnits.get(first);
  if (unit === undefined || unit === 10) return undefined;
  const second = words[1]!;
  // الحادي عشر / الحادية عشرة: the ten has no article and no و.
  if (!second.joined) return lexicon.teenTens.has(second.text) ? 10 + unit : undefined;
  // الحادي والعشرون: the tens agree with the unit in taking the article.
  const hasArticle = first.startsWith("ال");
  if (second.text.startsWith("ال") !== hasArticle) return undefined;
  const ten = lexicon.ordinalTens.get(second.text);
  return ten === undefined ? undefined : ten + unit;
}
