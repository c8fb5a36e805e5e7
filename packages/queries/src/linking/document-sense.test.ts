import { dataset } from "@csto/model/data";
import { describe, expect, it } from "vitest";
import { createLinker } from "./link-entities.js";

const link = createLinker(dataset);
const ids = (text: string) => link(text).map((m) => m.id);

describe("one sense per document", () => {
  it("keeps the US state of Georgia for later bare mentions", () => {
    const text =
      "أعلنت سلطات ولاية جورجيا إعادة فرز الأصوات في مقاطعتين. وقال المسؤولون إن العملية ستستغرق أسبوعا كاملا على الأقل، وإن جورجيا لن تعلن النتائج قبل ذلك.";
    expect(ids(text)).toEqual([]);
  });
  it("links the country when nothing in the document says otherwise", () => {
    expect(ids("وقعت جورجيا وأرمينيا اتفاقا للنقل. وقالت جورجيا إنها ستفتح المعبر.")).toEqual([
      "state:GEO",
      "state:ARM",
      "state:GEO",
    ]);
  });
  it("takes back a headline's bare جورجيا once the body says it is the US state", () => {
    const text = "جورجيا تعيد فرز الأصوات\nقالت سلطات ولاية جورجيا إن الفرز اليدوي سيبدأ الاثنين.";
    expect(ids(text)).toEqual([]);
  });
  it("reads جورجيا as the US state in a document that names its places", () => {
    const text = "تقدم المرشح في جورجيا بفارق ضئيل. وقال مسؤولو الانتخابات في أتلانتا إن العد سينتهي مساء.";
    expect(ids(text)).toEqual([]);
  });
  it("keeps the country when the document also names the Caucasus", () => {
    const text =
      "وصل وفد تجاري من أتلانتا إلى العاصمة تبليسي أمس في زيارة تستمر أسبوعا. وقالت حكومة جورجيا إنها ترحب بالمستثمرين.";
    expect(ids(text)).toEqual(["city:tbilisi", "state:GEO"]);
  });
  it("reads جورجيا in a list of US states, after جامعة and before تك as the US state", () => {
    expect(ids("حسمت ولايات أريزونا وجورجيا ونيفادا النتيجة")).toEqual([]);
    expect(ids("تخرج اللاعب في جامعة جورجيا قبل عامين")).toEqual([]);
    expect(ids("فاز فريق جورجيا تك على منافسه")).toEqual([]);
  });
  it("links a lone رحمن once the document has established the president", () => {
    expect(ids("استقبل الرئيس رحمن الوفد في القصر. وأكد رحمن دعم بلاده")).toEqual(["person:rahmon", "person:rahmon"]);
  });
  it("keeps a namesake's surname with the namesake until the leader is named in full", () => {
    const text = "مثل مكسيم باكييف أمام المحكمة في لندن. ونفى باكييف التهم. ثم قال كرمان بيك باكييف إن باكييف لن يعود";
    expect(link(text).map((m) => `${m.id}=${m.text}`)).toEqual([
      "person:bakiyev=كرمان بيك باكييف",
      "person:bakiyev=باكييف",
    ]);
  });
  it("reads a surname after a title as the office holder even beside a kinship word", () => {
    expect(ids("ورافق الرئيس توكاييف وزوجته الوفد")).toEqual(["person:tokayev"]);
  });
});

describe("namesakes in Armenian and Central Asian news", () => {
  it("reads a common surname after a frequent given name as someone else's", () => {
    // Sargsyan and Khachatryan are among the commonest Armenian surnames.
    const text =
      "وقالت ليليت سركيسيان المتحدثة باسم الوزارة إن سركيسيان ستزور بيروت، فيما أكد النائب دافيت خاتشاتريان دعمه.";
    expect(ids(text)).toEqual([]);
  });
});

describe("a leader's child named with the leader's full name", () => {
  it("reads a given name before the leader's full name as the child, but not in a list", () => {
    expect(ids("انتخب مجلس الشيوخ داريغا نور سلطان نزارباييف رئيسة له.")).toEqual([]);
    expect(ids("وحضر الاجتماع إمام علي رحمون وإسلام كريموف.")).toEqual(["person:rahmon", "person:karimov"]);
  });
});

describe("the other sense of جورجيا and its adjectives", () => {
  it("reads جورجي in a text about the US state as that state's, unless the Caucasus is named", () => {
    expect(ids("في ولاية جورجيا الأمريكية صوت مليونا جورجي في الانتخابات المبكرة.")).toEqual([]);
    expect(ids("في ولاية جورجيا الأمريكية التقى مهاجرون جورجيون قادمون من تبليسي.")).toEqual([
      "state:GEO",
      "city:tbilisi",
    ]);
  });
  it("links a variant after the لل contraction", () => {
    expect(ids("وفقا للكريملن، لم يتقرر الموعد بعد.")).toEqual(["org:kremlin"]);
  });
});

describe("outlets named after a state", () => {
  it("reads a state's name in brackets or quotes after a channel or paper as the outlet", () => {
    expect(ids("وأفادت قناة (أرمينيا) الرسمية وصحيفة «روسيا» بأن الجلسة تأجلت.")).toEqual([]);
  });
});

describe("namesakes in sports news", () => {
  it("keeps the tennis player's surname with him for the whole article", () => {
    const text = "بلغ دانييل ميدفيديف الدور الثالث من البطولة بسهولة. وقال ميدفيديف بعد اللقاء إن الأرضية كانت سريعة.";
    expect(ids(text)).toEqual([]);
  });
  it("reads a bare surname in a tennis context as the player", () => {
    expect(ids("ميدفيديف يخسر أمام سينر في ربع النهائي")).toEqual([]);
  });
  it("reads a leader's surname after an occupation and a given name as a namesake's", () => {
    expect(ids("غنى المطرب الأرمني الأمريكي فاهي سركيسيان في الحفل، ثم شكر سركيسيان الجمهور.")).toEqual(["state:ARM"]);
    expect(ids("أحرز لاعب الوسط جاسور كريموف هدف الفوز")).toEqual([]);
  });
  it("reads a given name written with a hamza (إلدار، ألبرت) as a given name after an occupation", () => {
    // The team's coach: the occupation, its complement and an adjective, then a given name we
    // do not know, whose folded form (الدار) looks definite.
    expect(ids("وأثنى مدرب الفريق الوطني ألبرت بوتين على لاعبيه")).toEqual([]);
    expect(ids("وأشاد مدرب المنتخب الطاجيكي إلدار رحمون بلاعبيه، وقال رحمون إن الفريق تحسن")).toEqual(["state:TJK"]);
    // Without the occupation, a common given name before the surname still names someone else.
    expect(ids("وفاز إلياس ماميتوف بالسباق")).toEqual([]);
    // A definite word before the surname is no given name: the leader stays.
    expect(ids("وقال مدرب المنتخب إن الرئيس بوتين حضر المباراة")).toEqual(["person:putin"]);
  });
  it("takes back a headline's bare surname once the body gives it to a namesake", () => {
    expect(ids("«سركيسيان» يغني في دبي\nأحيا المطرب هاروت سركيسيان حفلا كبيرا")).toEqual([]);
    // With the leader named in full, the surname stays his.
    const text = "استقبل الرئيس سيرج سركيسيان الوفد، ثم حضر حفلا للمغني هاروت سركيسيان. وقال سركيسيان إن";
    expect(ids(text)).toEqual(["person:serzh_sargsyan", "person:serzh_sargsyan"]);
  });
  it("reads جورجيا after an occupation and جورجي after a definite word as given names", () => {
    expect(ids("افتتح معرض للرسامة الأمريكية جورجيا سميث، وقالت جورجيا إنها سعيدة")).toEqual([]);
    expect(ids("خصصت المجلة عددا لمؤسسها جورجي حداد")).toEqual([]);
    expect(ids("وصل وفد جورجي إلى يريفان")).toEqual(["state:GEO", "city:yerevan"]);
  });
  it("reads a surname as a common noun in a text that also writes it with the article", () => {
    expect(ids("يحب الكنديون البوتين كثيرا، ويقدم المطعم طبق بوتين بالجبن")).toEqual([]);
  });
  it("keeps the leader when the occupation is the subject of a verb and he its object", () => {
    expect(ids("سأل الصحفي بوتين عن الحرب، وسأل الصحفي الفرنسي بوتين عن الغاز")).toEqual([
      "person:putin",
      "person:putin",
    ]);
  });
  it("still links the politician named in full", () => {
    expect(ids("وصرح دميتري ميدفيديف بأن موسكو سترد. وتابع ميدفيديف حديثه")).toEqual([
      "person:medvedev",
      "city:moscow",
      "person:medvedev",
    ]);
  });
});
