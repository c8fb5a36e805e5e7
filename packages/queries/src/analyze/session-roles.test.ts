import { dataset } from "@csto/model/data";
import { describe, expect, it } from "vitest";
import { createTextQueries } from "./create-text-queries.js";

const { analyzeArticle } = createTextQueries(dataset);
const roles = (text: string, published: string) =>
  analyzeArticle(text, { published }).sessions.map((s) => `${s.session.id.slice("session:".length)}:${s.role}`);

describe("session roles", () => {
  it("reports the session a relative day and the venue point at", () => {
    const text =
      "يريفان - اختتم رؤساء دول منظمة معاهدة الأمن الجماعي أمس اجتماعهم في العاصمة الأرمينية دون بيان ختامي موحد.";
    expect(roles(text, "2022-11-24")[0]).toBe("2022-11-23-yerevan:reported");
  });
  it("lists a dated back-reference as mentioned after the reported session", () => {
    const text =
      "دوشنبه - انعقدت أمس في العاصمة الطاجيكية قمة المنظمة، وكان القادة قد عقدوا قبل أقل من شهر، في 23 أغسطس، اجتماعا طارئا عبر الفيديو بشأن أفغانستان.";
    const listed = roles(text, "2021-09-17");
    expect(listed[0]).toBe("2021-09-16-dushanbe:reported");
    expect(listed).toContain("2021-08-23-dushanbe:mentioned");
  });
  it("reports a session the text dates to a day of the past week", () => {
    // Published five days after the Moscow session of 10 December 2010.
    const text =
      "موسكو - صادق زعماء منظمة معاهدة الأمن الجماعي في اجتماعهم الذي استضافه الكرملين يوم الجمعة الماضي على تعديل ميثاق المنظمة، وفق ما أعلنه الرئيس ديمتري ميدفيديف.";
    expect(roles(text, "2010-12-15")[0]).toBe("2010-12-10-moscow:reported");
  });
  it("reports a session the text places in the past week", () => {
    // A commentary six days after the Moscow session of 10 December 2010.
    const text =
      "قراءة: قادة منظمة معاهدة الأمن الجماعي خرجوا من قمة موسكو الأسبوع الماضي بتعديلات تسمح للحلف بالتدخل في النزاعات الداخلية، وهو ما طالب به الرئيس القرغيزي بعد أحداث الجنوب.";
    expect(roles(text, "2010-12-16")[0]).toBe("2010-12-10-moscow:reported");
  });
  it("keeps reporting a session whose talks ran on to a later day", () => {
    const text =
      "موسكو - واصل قادة دول منظمة معاهدة الأمن الجماعي، بعد قمتهم في العاصمة الروسية يوم الجمعة، مشاوراتهم في ضاحية المدينة حتى مساء الأحد، وفق ما أعلنه الكرملين.";
    expect(roles(text, "2010-12-13")[0]).toBe("2010-12-10-moscow:reported");
  });
  it("does not report a session of the past week when the article's own news is of the publication day", () => {
    // The same session as background to news of the publication day.
    const text =
      "موسكو - افتتح وزراء دفاع الدول الأعضاء في منظمة معاهدة الأمن الجماعي اليوم الأربعاء دورة تدريبية، تنفيذا لما أقره زعماء المنظمة في اجتماعهم يوم الجمعة الماضي.";
    expect(roles(text, "2010-12-15")).toContain("2010-12-10-moscow:mentioned");
  });
  it("reports nothing when a venue and a summit word come with no time", () => {
    const text = "قال مسؤول في وزارة الخارجية إن القمة المقبلة لمنظمة معاهدة الأمن الجماعي ستعقد في مينسك.";
    expect(roles(text, "2021-02-03").filter((r) => r.endsWith("reported"))).toEqual([]);
  });
  it("reports nothing for an article on exercises far from any session", () => {
    const text = "انطلقت في طاجيكستان تدريبات مشتركة لقوات منظمة معاهدة الأمن الجماعي قرب الحدود الأفغانية.";
    expect(roles(text, "2019-10-21").filter((r) => r.endsWith("reported"))).toEqual([]);
  });
  it("reports nothing from dates and a leader alone, published the day after a session", () => {
    // A Kyrgyz news item the day after the extraordinary session of 13 September 2022: the
    // president is one of its attendees, the dates fall beside it, but no meeting is spoken of.
    const text =
      "بيشكيك في 14 سبتمبر - قال الرئيس القرغيزي صدير جاباروف اليوم إن حكومته ستخصص أموالا إضافية لإصلاح الطرق في الجنوب.";
    expect(roles(text, "2022-09-14").filter((r) => r.endsWith("reported"))).toEqual([]);
  });
  it("reports nothing when the article's meeting belongs to another organisation it names", () => {
    // The CSTO met in Dushanbe on 16 September 2021, beside the SCO: an article on the SCO's
    // summit there, which never names the CSTO or its Council, reports the SCO's meeting.
    const text =
      "اختتمت في العاصمة الطاجيكية دوشنبه أمس أعمال الاجتماع السنوي لقادة الدول الأعضاء في منظمة شنغهاي للتعاون بحضور الرئيس إمام علي رحمون.";
    expect(roles(text, "2021-09-17").filter((r) => r.endsWith("reported"))).toEqual([]);
    // The same text naming the Council as well is a report of its session.
    const both = `${text} وكان مجلس الأمن الجماعي قد عقد دورته في المدينة نفسها.`;
    expect(roles(both, "2021-09-17")[0]).toBe("2021-09-16-dushanbe:reported");
  });
  it("does not report a session from a meeting of another CSTO body on the same day", () => {
    // The defence ministers met in Minsk on 23 November 2023, the day of the Council session.
    const ministers =
      "مينسك - عقد وزراء الدفاع في الدول الأعضاء بمنظمة معاهدة الأمن الجماعي اجتماعهم اليوم الخميس في العاصمة البيلاروسية، وناقش الاجتماع خطط التدريبات.";
    expect(roles(ministers, "2023-11-23").filter((r) => r.endsWith("reported"))).toEqual([]);
    const staff = "اجتمع رؤساء أركان جيوش دول منظمة معاهدة الأمن الجماعي اليوم في مينسك لتنسيق المناورات.";
    expect(roles(staff, "2023-11-23").filter((r) => r.endsWith("reported"))).toEqual([]);
    // A summit named beside the ministers' meeting is the Council's.
    const summit =
      "مينسك - بعد اجتماع لوزراء الخارجية أمس، انطلقت اليوم قمة منظمة معاهدة الأمن الجماعي في العاصمة البيلاروسية.";
    expect(roles(summit, "2023-11-23")[0]).toBe("2023-11-23-minsk:reported");
  });
  it("reads السابق after السوفيتي or a title as former, not as an earlier meeting", () => {
    const text =
      "موسكو - أقر رؤساء ست من جمهوريات الاتحاد السوفيتي السابق في اجتماعهم بالعاصمة الروسية يوم الجمعة الماضي تمديد معاهدة الأمن الجماعي.";
    expect(roles(text, "1999-04-05")[0]).toBe("1999-04-02-moscow:reported");
  });
  it("reads the treaty's heads of state named after a CIS summit as the treaty's session", () => {
    // The Minsk session of 24 May 2000, folded into the CIS summit there.
    const folded =
      "مينسك - اختتمت أمس قمة رابطة الدول المستقلة، واجتمع رؤساء الدول الأعضاء في معاهدة الأمن الجماعي على هامشها وأقروا خطة لمكافحة الإرهاب.";
    expect(roles(folded, "2000-05-25")[0]).toBe("2000-05-24-minsk:reported");
    const during =
      "مينسك - عقدت أمس قمة رابطة الدول المستقلة، وبحث رؤساء الدول الست الأعضاء في معاهدة الأمن الجماعي خلالها الوضع في آسيا الوسطى.";
    expect(roles(during, "2000-05-25")[0]).toBe("2000-05-24-minsk:reported");
  });
  it("reads a meeting held on the sidelines of a CIS summit as the treaty's", () => {
    const text =
      "موسكو - وقع الرؤساء أمس بروتوكول تمديد معاهدة الأمن الجماعي في اجتماع عقد على هامش قمة رابطة الدول المستقلة.";
    expect(roles(text, "1999-04-03")[0]).toBe("1999-04-02-moscow:reported");
  });
  it("keeps a commentary's week-old session reported when a late اليوم means nowadays", () => {
    const text =
      "تحليل: قمة موسكو\nخرج قادة منظمة معاهدة الأمن الجماعي من قمتهم في العاصمة الروسية الأسبوع الماضي بوعود كثيرة. ويبقى سؤال يطرحه المراقبون في آسيا الوسطى والقوقاز، ويطرحونه اليوم بإلحاح أكبر: هل يتغير الحلف؟";
    expect(roles(text, "2010-12-16")[0]).toBe("2010-12-10-moscow:reported");
  });
  it("reads a later plain meeting word as the other body's meeting named first", () => {
    const text =
      "اجتمع وزراء دفاع دول منظمة معاهدة الأمن الجماعي في مينسك اليوم، وقال شويغو في اجتماع للمنظمة إن التدريبات ستتواصل.";
    expect(roles(text, "2023-11-23").filter((r) => r.endsWith("reported"))).toEqual([]);
  });
  it("does not read a relative day one day off the session as its day", () => {
    // The day after the video session of 10 January 2022, published two days after it.
    const text = "نور سلطان - أعلن توكاييف أمس أمام البرلمان أن قوات منظمة معاهدة الأمن الجماعي ستغادر البلاد.";
    expect(roles(text, "2022-01-12").filter((r) => r.endsWith("reported"))).toEqual([]);
  });
  it("does not read بدوره (in turn) as a session", () => {
    const text = "وقال وزير الخارجية الطاجيكي بدوره إن الحدود هادئة، وأشاد بدور منظمة معاهدة الأمن الجماعي.";
    expect(roles(text, "2022-09-14").filter((r) => r.endsWith("reported"))).toEqual([]);
  });
  it("reads the treaty named beside the CIS as the Council's states (reports before 2002)", () => {
    // Before the organisation existed the press wrote of "the states of the collective
    // security treaty of the CIS": naming the CIS then does not make the meeting the CIS's.
    const text =
      "يريفان - بحث قادة الدول المنضوية في معاهدة الأمن الجماعي لكومنولث الدول المستقلة أمس في العاصمة الأرمينية إنشاء قوة للانتشار السريع في آسيا الوسطى.";
    expect(roles(text, "2001-05-26")[0]).toBe("2001-05-25-yerevan:reported");
  });
  it("keeps the meeting the treaty's when the CIS is named first in the same phrase", () => {
    const text =
      "يريفان - عقد أمس في العاصمة الأرمينية اجتماع لزعماء ست من دول الكومنولث الأعضاء في معاهدة الأمن الجماعي، وبحث الإرهاب في آسيا الوسطى.";
    expect(roles(text, "2001-05-26")[0]).toBe("2001-05-25-yerevan:reported");
  });
  it("reads an article on another organisation's summit, held the day after a session, as mentioning it", () => {
    // The SCO met in Dushanbe on 17 September 2021, the day after the Council: the article's
    // summit is the SCO's, "القمة" refers back to it, the Council's meeting is only its anchor
    // (غداة), and a joint meeting of both is not a Council session.
    const text =
      "قمة «شنغهاي» في دوشنبه\nافتتحت اليوم في دوشنبه أعمال قمة مجلس رؤساء دول منظمة شنغهاي للتعاون. وتنعقد القمة غداة اجتماع قادة منظمة معاهدة الأمن الجماعي في العاصمة الطاجيكية، على أن يعقد الجانبان اجتماعا مشتركا مساء.";
    const listed = roles(text, "2021-09-17");
    expect(listed.filter((r) => r.endsWith("reported"))).toEqual([]);
    expect(listed).toContain("2021-09-16-dushanbe:mentioned");
  });
  it("reads 'a day after the meeting' as the anchor of other news, like غداة", () => {
    // A border incident the day after the Minsk session of 23 November 2023; the president is
    // named in another item of the same bulletin.
    const text =
      "تبادل حرس الحدود إطلاق النار صباح الجمعة، بعد يوم من اجتماع منظمة معاهدة الأمن الجماعي. وفي خبر آخر استقبل الرئيس الروسي فلاديمير بوتين نظيره الصيني الشهر الماضي.";
    expect(roles(text, "2023-11-24").filter((r) => r.endsWith("reported"))).toEqual([]);
    // Control: "بعد يوم من" dating the summit itself is no anchor of other news.
    const own = "مينسك - اختتمت قمة منظمة معاهدة الأمن الجماعي أعمالها أمس بعد يوم من المشاورات.";
    expect(roles(own, "2023-11-24")[0]).toBe("2023-11-23-minsk:reported");
  });
  it("does not count a leader named as an attendee of another organisation's summit", () => {
    // Published the day after the video session of 13 September 2022: the Council's meeting is
    // background, and Putin is named only for the SCO summit.
    const text =
      "اندلعت اشتباكات على الحدود القرغيزية الطاجيكية قبل اجتماع منظمة معاهدة الأمن الجماعي بشأن القتال بين أرمينيا وأذربيجان. ومن المنتظر أن يشارك زعيما البلدين في قمة منظمة شنغهاي للتعاون في سمرقند هذا الأسبوع مع الرئيس الروسي فلاديمير بوتين.";
    expect(roles(text, "2022-09-14").filter((r) => r.endsWith("reported"))).toEqual([]);
    // Control: Putin named in the sentence of the Council's meeting is its attendee.
    const own =
      "شارك الرئيس الروسي فلاديمير بوتين أمس عبر الفيديو في اجتماع منظمة معاهدة الأمن الجماعي بشأن القتال بين أرمينيا وأذربيجان. ومن المنتظر أن يحضر قمة منظمة شنغهاي للتعاون في سمرقند هذا الأسبوع.";
    expect(roles(own, "2022-09-14")[0]).toBe("2022-09-13-yerevan:reported");
  });
  it("lists a session by its year only when the year and the venue share a sentence", () => {
    // Uzbekistan's 1999 withdrawal and a visit to Moscow: no 1999 Moscow session is named.
    const apart =
      "طشقند - علقت أوزبكستان مشاركتها في منظمة معاهدة الأمن الجماعي عام 1999. وزار رئيسها موسكو الأسبوع الماضي لبحث التعاون الاقتصادي.";
    expect(roles(apart, "2005-03-10")).not.toContain("1999-04-02-moscow:mentioned");
    const together =
      "طشقند - علقت أوزبكستان مشاركتها في منظمة معاهدة الأمن الجماعي بعد قمة موسكو عام 1999، ثم عادت إليها لاحقا.";
    expect(roles(together, "2005-03-10")).toContain("1999-04-02-moscow:mentioned");
  });
  it("lists a session by its month only when the month's sentence speaks of a meeting", () => {
    // A border clash in September 2022 (the month of a Yerevan session), named with no meeting.
    const clash =
      "يريفان - رفض رئيس الوزراء التوقيع على وثيقة منظمة معاهدة الأمن الجماعي في يريفان. وقال إن بلاده تعرضت لهجوم في سبتمبر الماضي.";
    expect(roles(clash, "2022-11-30")).not.toContain("2022-09-13-yerevan:mentioned");
    const meeting =
      "يريفان - قال رئيس الوزراء إن اجتماع منظمة معاهدة الأمن الجماعي في سبتمبر الماضي لم يقدم لبلاده شيئا.";
    expect(roles(meeting, "2022-11-30")).toContain("2022-09-13-yerevan:mentioned");
    // A month in a sentence about a meeting elsewhere names no session held in another city.
    const elsewhere = "موسكو - قال الكرملين إن قادة المنظمة سيعقدون القمة المقبلة في موسكو في نوفمبر.";
    expect(roles(elsewhere, "2024-12-01")).not.toContain("2025-11-27-bishkek:mentioned");
    // Plural meeting words tie the month too.
    const plural =
      "أستانا - التقى الأمين العام لمنظمة معاهدة الأمن الجماعي بالرئيس، وبحثا اجتماعات هيئات المنظمة المقررة في نوفمبر المقبل في يريفان.";
    expect(roles(plural, "2022-10-10")).toContain("2022-11-23-yerevan:mentioned");
  });
  it("does not read the next summit (القمة المقبلة) as a meeting held beside the publication", () => {
    // Published the day after the Moscow video session of 2 December 2020.
    const next = "موسكو - قال مسؤول إن التحالف العسكري سيبحث في قمته المقبلة ملف الحدود.";
    expect(roles(next, "2020-12-03").filter((r) => r.endsWith("reported"))).toEqual([]);
    // Control: the summit held yesterday is reported, the next one only named.
    const held = "موسكو - اختتمت أمس قمة المنظمة عبر الفيديو، وتعقد القمة المقبلة في مينسك.";
    expect(roles(held, "2020-12-03")[0]).toBe("2020-12-02-moscow:reported");
  });
  it("reads the chairing state of a video session as its venue", () => {
    // The extraordinary video session of 23 August 2021, chaired by Tajikistan, reported the
    // next day with neither a date nor a city.
    const text =
      "ناقش قادة دول منظمة معاهدة الأمن الجماعي في اجتماعهم الاستثنائي عبر الفيديو برئاسة طاجيكستان تطورات الوضع في أفغانستان.";
    expect(roles(text, "2021-08-24")[0]).toBe("2021-08-23-dushanbe:reported");
    // Control: a state "chairing" something else, with no meeting word, reports nothing.
    const other = "بدأت قوة مشتركة برئاسة طاجيكستان دوريات على الحدود مع أفغانستان.";
    expect(roles(other, "2021-08-24").filter((r) => r.endsWith("reported"))).toEqual([]);
  });
  it("reads a back or forward cue on a venue only in a sentence about a meeting", () => {
    // A visit to Yerevan in a pluperfect clause does not designate the last session held there.
    const visit =
      "موسكو - بحث الأمين العام لمنظمة معاهدة الأمن الجماعي التحضيرات للقمة. وكان الأمين العام قد زار يريفان في وقت سابق والتقى وزير الخارجية.";
    expect(roles(visit, "2019-10-02")).not.toContain("2016-10-14-yerevan:mentioned");
    // Control: the cued venue in the meeting's sentence designates the last session held there.
    const meeting = "موسكو - قال الأمين العام إن القمة السابقة في يريفان أقرت خطة العمل.";
    expect(roles(meeting, "2019-10-02")).toContain("2016-10-14-yerevan:mentioned");
  });
  it("does not read a national or bilateral meeting as the Council's", () => {
    // Published two days after the Bishkek session of 27 November 2025.
    const cabinet =
      "موسكو - قال الرئيس الروسي فلاديمير بوتين خلال اجتماع مع أعضاء الحكومة اليوم إن منظمة معاهدة الأمن الجماعي تبقى ركيزة لأمن المنطقة.";
    expect(roles(cabinet, "2025-11-29").filter((r) => r.endsWith("reported"))).toEqual([]);
    const enlarged =
      "أستانا - عقد الرئيس قاسم جومارت توكاييف اجتماعا موسعا للحكومة تناول نتائج عمل منظمة معاهدة الأمن الجماعي.";
    expect(roles(enlarged, "2025-11-29").filter((r) => r.endsWith("reported"))).toEqual([]);
    const envoy =
      "مينسك - بحث الرئيس ألكسندر لوكاشينكو في اجتماع مع السفير الصيني تعزيز التعاون، وأشاد بدور منظمة معاهدة الأمن الجماعي.";
    expect(roles(envoy, "2025-11-29").filter((r) => r.endsWith("reported"))).toEqual([]);
    // Control: the leaders' meeting is the Council's.
    const summit =
      "بيشكيك - قال الرئيس الروسي فلاديمير بوتين خلال اجتماع قادة دول منظمة معاهدة الأمن الجماعي أمس إن المنظمة تبقى ركيزة لأمن المنطقة.";
    expect(roles(summit, "2025-11-28")[0]).toBe("2025-11-27-bishkek:reported");
  });
  it("reads the Arab, Gulf, Islamic and neighbours' summits as other organisations' meetings", () => {
    // Published two days after the Council's video session of 23 August 2021.
    const neighbours =
      "بغداد - تستعد العاصمة العراقية لاستضافة قمة دول الجوار بمشاركة قادة المنطقة، فيما أعلنت منظمة معاهدة الأمن الجماعي تعزيز حدود طاجيكستان.";
    expect(roles(neighbours, "2021-08-25")).toEqual([]);
    const arab = "الرياض - اختتمت القمة العربية أعمالها أمس بمشاركة قادة الدول الأعضاء في الجامعة.";
    expect(roles(arab, "2021-08-24")).toEqual([]);
  });
  it("reports nothing from a session day's news that never says the meeting is the Council's", () => {
    // The Minsk session day (23 November 2023): a president meets an envoy in the venue city.
    const envoy = "مينسك - التقى الرئيس ألكسندر لوكاشينكو اليوم بالسفير الصيني وبحثا التعاون التجاري.";
    expect(roles(envoy, "2023-11-23").filter((r) => r.endsWith("reported"))).toEqual([]);
    // Another organisation's summit that day, its heads of state named after it.
    const gulf = "اختتمت اليوم أعمال القمة الخليجية بحضور قادة الدول الأعضاء وتوقيع إعلان مشترك.";
    expect(roles(gulf, "2023-11-23").filter((r) => r.endsWith("reported"))).toEqual([]);
    // A summit word and a day with nothing saying whose summit it is.
    const anonymous = "عقدت اليوم قمة بحضور قادة الدول وتناولت الأمن الإقليمي.";
    expect(roles(anonymous, "2023-11-23").filter((r) => r.endsWith("reported"))).toEqual([]);
    // Controls: a verb of meeting with the venue, and the organisation's leaders with no city,
    // are the Council's session of that day.
    const met = "مينسك - اجتمع رؤساء روسيا وبيلاروس وكازاخستان أمس في العاصمة البيلاروسية وأقروا بيانا مشتركا.";
    expect(roles(met, "2023-11-24")[0]).toBe("2023-11-23-minsk:reported");
    const leaders = "عقد قادة دول المنظمة أمس قمتهم السنوية واتفقوا على خطة للتعاون العسكري.";
    expect(roles(leaders, "2023-11-24")[0]).toBe("2023-11-23-minsk:reported");
    // Control: the organisation's leaders named with the day and the venue are its session.
    const own = "مينسك - أقر قادة المنظمة اليوم في العاصمة البيلاروسية حزمة من الوثائق العسكرية.";
    expect(roles(own, "2023-11-23")[0]).toBe("2023-11-23-minsk:reported");
  });
  it("reports a session whose day and meeting share a sentence, with no venue named", () => {
    // The extraordinary video session of 28 October 2022 reported that day, no city named.
    const video = "أعلنت الأمانة العامة أن مجلس الأمن الجماعي عقد اليوم الجمعة جلسة طارئة عبر الفيديو.";
    expect(roles(video, "2022-10-28")[0]).toBe("2022-10-28-yerevan:reported");
    // The Astana session of 28 November 2024, reported the next day without its city.
    const next = "اختتمت أمس قمة منظمة معاهدة الأمن الجماعي بإقرار خطة للتعاون العسكري.";
    expect(roles(next, "2024-11-29")[0]).toBe("2024-11-28-astana:reported");
  });
  it("does not let a forward cue of another clause turn yesterday's summit into a coming one", () => {
    // Published the day after the Moscow session of 16 May 2022.
    const text =
      "مع تصاعد المواجهة مع الحلف الذي تعتزم دول جديدة الانضمام إليه، عقدت أمس الاثنين في موسكو قمة منظمة معاهدة الأمن الجماعي بحضور الرئيس فلاديمير بوتين.";
    expect(roles(text, "2022-05-17")[0]).toBe("2022-05-16-moscow:reported");
  });
  it("does not count another organisation's summit as a meeting of the Council", () => {
    const text =
      "دوشنبه في 14 سبتمبر - غادر الرئيس الطاجيكي إمام علي رحمون اليوم إلى سمرقند للمشاركة في قمة منظمة شنغهاي للتعاون.";
    expect(roles(text, "2022-09-14").filter((r) => r.endsWith("reported"))).toEqual([]);
  });
  it("lists a forecast of a session later cancelled as mentioned, and never reports it", () => {
    const forecast =
      "أستانا - قرر القادة أمس إرجاء البت في المنصب إلى لقائهم غير الرسمي في سان بطرسبرغ في السادس من ديسمبر المقبل.";
    expect(roles(forecast, "2018-11-09")).toContain("2018-12-06-saint_petersburg:mentioned");
    const after = "سان بطرسبرغ - اجتمع قادة دول منظمة معاهدة الأمن الجماعي أمس في لقاء غير رسمي.";
    expect(roles(after, "2018-12-07")).not.toContain("2018-12-06-saint_petersburg:reported");
  });
  it("lists a session named by its month before sessions named only by their year", () => {
    // Four Yerevan sessions of 2022 and one in Minsk named by its month: at most five are listed.
    const text =
      "يريفان - قال باشينيان إن المنظمة خذلت بلاده في عام 2022 حين عقدت قممها في يريفان، ولم يحضر قمة مينسك في نوفمبر الماضي.";
    const listed = roles(text, "2024-02-23");
    expect(listed[0]).toBe("2023-11-23-minsk:mentioned");
  });
  it("reads a venue and a year as that year's regular session there", () => {
    // Yerevan hosted three extraordinary sessions and the regular one in 2022.
    const text = "يريفان - قال باشينيان إن بلاده لن تنسى ما جرى في قمة المنظمة في يريفان عام 2022.";
    expect(roles(text, "2024-03-01")).toEqual(["2022-11-23-yerevan:mentioned"]);
  });
  it("does not list a session a few weeks earlier at the venue of today's reported session", () => {
    const text = "يريفان - انطلقت اليوم في العاصمة الأرمينية يريفان قمة منظمة معاهدة الأمن الجماعي بحضور بوتين.";
    expect(roles(text, "2022-11-23")).toEqual(["2022-11-23-yerevan:reported"]);
  });
  it("does not read a year after منذ as naming a session of that year", () => {
    const text = "قال لوكاشينكو في قمة منظمة معاهدة الأمن الجماعي بموسكو إننا نعمل منذ العام 2014 على حل الأزمة.";
    expect(roles(text, "2022-05-16").filter((r) => r.startsWith("2014"))).toEqual([]);
  });
  it("does not read a founding year as naming a session", () => {
    const text = "وتضم منظمة معاهدة الأمن الجماعي، التي أنشئت عام 2002 ويقع مقرها في موسكو، ست دول.";
    expect(roles(text, "2021-03-01").filter((r) => r.startsWith("2002"))).toEqual([]);
  });
  it("does not list the next session at a venue the text ties to today's session", () => {
    const text = "موسكو - تبدأ اليوم القمة المقررة في موسكو لقادة منظمة معاهدة الأمن الجماعي.";
    expect(roles(text, "2015-12-21")).toEqual(["2015-12-21-moscow:reported"]);
  });
  it("orders reported before mentioned and keeps scores in (0, 1)", () => {
    const text =
      "موسكو - عقدت أمس قمة الأمن الجماعي في الكرملين، بعد القمة السابقة في مينسك في 30 نوفمبر من العام الماضي.";
    const sessions = analyzeArticle(text, { published: "2018-12-07" }).sessions;
    const firstMentioned = sessions.findIndex((s) => s.role === "mentioned");
    const lastReported = sessions.findLastIndex((s) => s.role === "reported");
    if (firstMentioned !== -1) expect(lastReported).toBeLessThan(firstMentioned);
    for (const s of sessions) {
      expect(s.score).toBeGreaterThan(0);
      expect(s.score).toBeLessThan(1);
    }
  });
  it("drops dates that are part of a newspaper name", () => {
    const text = "ونقلت صحيفة اليوم عن مصادر دبلوماسية أن الاجتماع تأجل.";
    expect(analyzeArticle(text, { published: "2020-01-05" }).dates).toEqual([]);
  });
});
