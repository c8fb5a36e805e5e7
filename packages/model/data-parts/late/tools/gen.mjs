import { writeFileSync } from "node:fs";
import { S } from "./sources.mjs";

const OUT = new URL("../", import.meta.url).pathname;
const sources = S.map(([id, url, title, publisher, lang, published]) => {
  const o = { id, url, title, publisher, lang };
  if (published) o.published = published;
  return o;
});

// session helper: keeps key order of common.md
function ses(date, city, kind, format, status, chair, attendees, extra) {
  const o = { id: `session:${date}-${city}`, date };
  if (extra.endDate) o.endDate = extra.endDate;
  o.city = `city:${city}`;
  o.kind = kind;
  o.format = format;
  o.status = status;
  if (chair) o.chair = `state:${chair}`;
  o.attendees = attendees.map((p) => `person:${p}`);
  if (extra.absent) o.absentStates = extra.absent.map((s) => `state:${s}`);
  if (extra.docs !== undefined) o.documentsSigned = extra.docs;
  if (extra.notes) o.notes = extra.notes;
  o.sources = extra.sources;
  return o;
}

const NOT_ALL = "attendee list incomplete: only leaders named in the sources read are listed";

const sessions = [
  ses("2009-02-04", "moscow", "extraordinary", "in-person", "held", "ARM", ["medvedev"], {
    notes: [
      "Extraordinary session that decided to create the Collective Rapid Reaction Force (KSOR/CRRF); the June 2009 session reviewed 'the decision of the CSC of 4 February 2009' (src:newsarmenia-2009-06-14-crrf-without-lukashenko).",
      "The heads of state also moved the next summit forward to June 2009 (src:argumenty-2009-02-05-next-summit-june).",
      NOT_ALL,
    ],
    sources: ["src:argumenty-2009-02-05-next-summit-june", "src:newsarmenia-2009-06-14-crrf-without-lukashenko"],
  }),
  ses("2009-06-14", "moscow", "regular", "in-person", "held", "ARM", ["medvedev", "serzh_sargsyan"], {
    absent: ["BLR"],
    notes: [
      "The Agreement on the Collective Rapid Reaction Force was signed by all members except Belarus and Uzbekistan; a Declaration was also signed.",
      "Belarus boycotted the summit over Russian restrictions on Belarusian dairy imports ('milk war'); Lukashenko signed the CRRF package later (reported 2009-10-20, src:korrespondent-2009-10-20-lukashenko-crrf).",
      "Uzbekistan did not sign the CRRF agreement; whether Karimov attended in person was not established from the sources read.",
      "Total number of documents signed not established.",
      "Opened under Armenia's chairmanship (Sargsyan summed up 'a year of Armenia's chairmanship'); since Belarus, next in turn, stayed away, Russia took over the chairmanship at this session (src:glavnoe-2009-06-14-russia-temporary-chair).",
      NOT_ALL,
    ],
    sources: ["src:newsarmenia-2009-06-14-crrf-without-lukashenko", "src:kremlin-en-2009-06-14-csto-summit", "src:korrespondent-2009-10-20-lukashenko-crrf", "src:newsarmenia-2009-06-14-sargsyan-chair-year", "src:glavnoe-2009-06-14-russia-temporary-chair"],
  }),
  ses("2009-07-31", "cholpon_ata", "informal", "in-person", "held", "RUS", ["medvedev", "bakiyev"], {
    notes: [
      "Informal summit at Cholpon-Ata on Lake Issyk-Kul: regional security and coordinated information policy (src:ca-news-2009-07-31-cholpon-ata-informal).",
      "Kyrgyz MFA said beforehand that all seven leaders had confirmed (src:elaph-2009-07-cholpon-ata-informal); actual attendance of each leader not established.",
      "Elaph speculated that Lukashenko might sign the CRRF agreement and take over the chairmanship here; the chairmanship in fact stayed with Russia until 2010-12-10 (src:rbc-2010-12-10-moscow-session).",
      NOT_ALL,
    ],
    sources: ["src:ca-news-2009-07-31-cholpon-ata-informal", "src:elaph-2009-07-cholpon-ata-informal"],
  }),
  ses("2010-05-08", "moscow", "informal", "in-person", "held", "RUS", ["medvedev"], {
    notes: [
      "Informal summit opened by Medvedev in Moscow; a consolidated statement on the situation in Kyrgyzstan was proposed.",
      "Only the month (May 2010) is confirmed by the source read; the day (8 May) is from general knowledge and should be verified.",
      NOT_ALL,
    ],
    sources: ["src:argumenty-2010-05-moscow-informal-kyrgyzstan"],
  }),
  ses("2010-08-20", "yerevan", "informal", "in-person", "held", "RUS", ["medvedev", "serzh_sargsyan", "lukashenko", "nazarbayev", "otunbayeva", "rahmon"], {
    absent: ["UZB"],
    notes: [
      "Informal summit in Yerevan (Armenian sources describe the CSTO events as running 20-22 August, with talks continuing at Lake Sevan); the situation in Kyrgyzstan was on the agenda.",
      "Karimov (Uzbekistan) did not come.",
    ],
    sources: ["src:newsarmenia-2010-08-20-yerevan-informal", "src:ria-2010-07-20-yerevan-informal-announced"],
  }),
  ses("2010-12-10", "moscow", "regular", "in-person", "held", "RUS", ["medvedev"], {
    notes: [
      "Chairmanship passed from Russia to Belarus at this session (src:rbc-2010-12-10-moscow-session).",
      "Agenda of more than 30 items incl. a Declaration, a statement on CSTO peacekeeping forces and the new regulation on crisis response; the number actually signed was not established.",
      NOT_ALL,
    ],
    sources: ["src:rbc-2010-12-10-moscow-session", "src:odkb-2010-12-10-session"],
  }),
  ses("2011-08-12", "astana", "informal", "in-person", "held", null, ["nazarbayev"], {
    endDate: "2011-08-13",
    notes: [
      "Informal summit in Astana (zakon.kz gives 12-13 August 2011; Asia-Plus and the CSTO press secretary give 12 August).",
      NOT_ALL,
    ],
    sources: ["src:zakon-2011-12-20-moscow-session", "src:asiaplus-2011-10-10-moscow-december-summit", "src:georgiatimes-2011-moscow-december-summit"],
  }),
  ses("2011-12-20", "moscow", "regular", "in-person", "held", "BLR", ["medvedev", "serzh_sargsyan", "lukashenko", "nazarbayev", "atambayev", "rahmon", "karimov"], {
    notes: [
      "Announced in October 2011 as an informal summit, it was held as a session of the Collective Security Council (src:asiaplus-2011-10-10-moscow-december-summit, src:zakon-2011-12-20-moscow-session).",
      "Chairmanship in all statutory bodies passed from Belarus to Kazakhstan at this session; chair = Belarus is inferred from the chairmanship in force when the session opened.",
      "Number of documents signed not established.",
    ],
    sources: ["src:moscowpost-2011-12-20-kremlin-talks", "src:zakon-2011-12-20-moscow-session", "src:asiaplus-2011-10-10-moscow-december-summit"],
  }),
  ses("2012-05-15", "moscow", "jubilee", "in-person", "held", "KAZ", ["putin"], {
    notes: [
      "Extraordinary jubilee session for the 20th anniversary of the Collective Security Treaty and the 10th of the CSTO, held together with an informal CIS summit (src:asiaplus-2012-05-11-jubilee-session).",
      "Chair = Kazakhstan inferred from the chairmanship in force.",
      NOT_ALL,
    ],
    sources: ["src:asiaplus-2012-05-11-jubilee-session"],
  }),
  ses("2012-12-19", "moscow", "regular", "in-person", "held", "KAZ", ["putin"], {
    notes: [
      "The September 2013 Sochi statement refers back to 'the December session in Moscow' (src:kremlin-2013-09-23-sochi-press-statement); the day (19 December) comes from the project brief and was not confirmed in a source read.",
      "Uzbekistan had suspended its participation in June 2012 and is therefore not listed as absent.",
      "Chair = Kazakhstan and the hand-over to Russia are inferred from the rotation (Kazakhstan chaired 2012, Russia chaired at the 2013 Sochi session); not confirmed by a source read.",
      NOT_ALL,
    ],
    sources: ["src:kremlin-2013-09-23-sochi-press-statement"],
  }),
  ses("2013-05-28", "bishkek", "informal", "in-person", "held", null, ["putin", "atambayev", "nazarbayev", "rahmon"], {
    notes: [
      "Informal summit in Bishkek mentioned in Putin's Sochi statement (src:kremlin-2013-09-23-sochi-press-statement).",
      "Date and the four presidents listed come from a REGNUM report seen in search results without a usable address; Armenia and Belarus were not named among participants.",
    ],
    sources: ["src:kremlin-2013-09-23-sochi-press-statement"],
  }),
  ses("2013-09-23", "sochi", "regular", "in-person", "held", "RUS", ["putin", "serzh_sargsyan", "lukashenko", "nazarbayev", "atambayev", "rahmon"], {
    notes: [
      "A communique was adopted; decisions were expected on creating CSTO aviation forces, the command system of the collective forces and the 2014 budget; a decision on assistance to Tajikistan on the Tajik-Afghan border dates from this session (src:vb-2014-12-23-moscow-session).",
      "Attendees per the pre-summit report (src:stoletie-2013-09-23-sochi-summit). Number of documents signed not established.",
    ],
    sources: ["src:kremlin-2013-09-23-sochi-press-statement", "src:stoletie-2013-09-23-sochi-summit", "src:vb-2014-12-23-moscow-session"],
  }),
  ses("2014-12-23", "moscow", "regular", "in-person", "held", "RUS", ["putin", "lukashenko", "atambayev", "nazarbayev", "rahmon", "serzh_sargsyan"], {
    notes: [
      "Russia held the chairmanship in 2014 (src:vb-2014-12-23-moscow-session); Khovar reports that the session was chaired by Rahmon because the chairmanship passed to Tajikistan 'from that day' (src:khovar-2014-12-23-moscow-session).",
      "Ushakov said 22 documents were prepared for signing (src:oana-tass-2014-12-23-kremlin-summit); the number actually signed was not established. A statement on Ukraine was adopted.",
    ],
    sources: ["src:oana-tass-2014-12-23-kremlin-summit", "src:vb-2014-12-23-moscow-session", "src:khovar-2014-12-23-moscow-session", "src:odkb-2014-12-23-session"],
  }),
  ses("2015-09-15", "dushanbe", "regular", "in-person", "held", "TJK", ["rahmon", "nazarbayev", "atambayev", "serzh_sargsyan", "lukashenko", "putin"], {
    notes: [
      "The Council decided to move to rotation of the Secretary-General post (src:interfax-2015-09-15-sg-rotation).",
      "Number of documents signed not established.",
    ],
    sources: ["src:khovar-2015-09-15-dushanbe-summit", "src:interfax-2015-09-15-sg-rotation"],
  }),
  ses("2016-10-14", "yerevan", "regular", "in-person", "held", "ARM", ["serzh_sargsyan", "putin", "lukashenko", "atambayev", "rahmon", "sagintayev"], {
    notes: [
      "Nazarbayev did not come for health reasons; Kazakhstan was represented by its prime minister (src:24kg-2016-10-14-yerevan-closed-session). The prime minister is identified as Bakytzhan Sagintayev from general knowledge.",
      "Agenda incl. the Collective Security Strategy to 2025 and the CSTO Crisis Response Centre (src:wikinews-2016-10-14-yerevan-session). Number of documents signed not established.",
    ],
    sources: ["src:wikinews-2016-10-14-yerevan-session", "src:24kg-2016-10-14-yerevan-closed-session", "src:sputnik-tj-2016-10-14-yerevan-session"],
  }),
  ses("2017-11-30", "minsk", "regular", "in-person", "held", "BLR", ["lukashenko"], {
    docs: 21,
    notes: [
      "21 documents signed at 'the last session' of 2017 according to an analytical review (src:vpoanalytics-2018-01-09-csto-2017-results); not cross-checked against kremlin.ru.",
      NOT_ALL,
    ],
    sources: ["src:vpoanalytics-2018-01-09-csto-2017-results"],
  }),
  ses("2018-11-08", "astana", "regular", "in-person", "held", "KAZ", ["nazarbayev", "putin", "lukashenko", "jeenbekov", "rahmon", "pashinyan"], {
    notes: [
      "Pashinyan attended as acting prime minister. No Secretary-General was appointed; acting SG Valery Semerikov continued and a decision was deferred to December (src:bigasia-2018-11-08-astana-summit).",
      "Nazarbayev summed up Kazakhstan's 2018 chairmanship (src:sputnik-am-2018-11-08-astana-nazarbayev). Number of documents signed not established.",
    ],
    sources: ["src:bigasia-2018-11-08-astana-summit", "src:sputnik-am-2018-11-08-astana-nazarbayev"],
  }),
  ses("2018-12-06", "saint_petersburg", "informal", "in-person", "held", "KGZ", ["putin", "lukashenko", "nazarbayev", "jeenbekov", "rahmon", "pashinyan"], {
    notes: [
      "Informal meeting of heads of state; decisions were adopted incl. the legal status of CSTO partner and observer (src:kremlin-2018-12-06-spb-informal-meeting). Acting SG Semerikov took part.",
      "Date taken from the Kremlin event; chair = Kyrgyzstan inferred from the chairmanship in force.",
    ],
    sources: ["src:kremlin-2018-12-06-spb-informal-meeting"],
  }),
  ses("2019-11-28", "bishkek", "regular", "in-person", "held", "KGZ", ["jeenbekov"], {
    docs: 15,
    notes: [
      "15 documents signed per the Kyrgyz presidential press service (src:mir24-2019-11-28-bishkek-15-documents), incl. a collective action plan for the UN Global Counter-Terrorism Strategy (2019-2021) and measures on the Tajik-Afghan border.",
      "Acting SG Semerikov reported (src:24kg-2019-11-28-bishkek-documents-agenda). Chairmanship passed to Russia.",
      NOT_ALL,
    ],
    sources: ["src:mir24-2019-11-28-bishkek-15-documents", "src:24kg-2019-11-28-bishkek-documents-agenda"],
  }),
  ses("2020-12-02", "moscow", "regular", "video", "held", "RUS", ["putin", "pashinyan", "lukashenko", "tokayev", "mamytov", "rahmon"], {
    notes: [
      "First CSC session held by videoconference, chaired by Putin; the CSTO Crisis Response Centre was used. Kyrgyzstan was represented by acting president Talant Mamytov.",
      "Adopted: the CSC Declaration, the Statement on the formation of a just and sustainable world order, and a plan for the development of military cooperation, among others; total number not established.",
      "City recorded as Moscow because the chair conducted the session from Russia.",
    ],
    sources: ["src:odkb-2020-12-02-video-session", "src:asiaplus-2020-12-03-video-session"],
  }),
  ses("2021-08-23", "dushanbe", "extraordinary", "video", "held", "TJK", ["rahmon", "pashinyan", "lukashenko", "tokayev", "japarov", "putin", "mirziyoyev"], {
    notes: [
      "Extraordinary video session on the situation in Afghanistan, chaired by Rahmon as Chairman of the CSC.",
      "Uzbek President Mirziyoyev took part as an invited (non-member) state.",
    ],
    sources: ["src:cis-2021-08-23-extraordinary-afghanistan", "src:regnum-2021-08-23-video-afghanistan"],
  }),
  ses("2021-09-16", "dushanbe", "regular", "hybrid", "held", "TJK", ["rahmon", "putin", "japarov", "pashinyan"], {
    notes: [
      "Held in person in Dushanbe, but Putin took part by video link (src:armenpress-dzen-2021-09-16-dushanbe-putin-video), hence 'hybrid'.",
      "14 documents were put before the leaders incl. the CSC Declaration and the plan for equipping the CRRF (src:silkway-2021-09-16-dushanbe-documents); the exact number signed was not established.",
      "Pashinyan presented Armenia's priorities; chairmanship passed to Armenia (src:khovar-2021-09-18-handover-armenia).",
      NOT_ALL,
    ],
    sources: ["src:barometr-2021-09-14-dushanbe-in-person", "src:armenpress-dzen-2021-09-16-dushanbe-putin-video", "src:silkway-2021-09-16-dushanbe-documents", "src:khovar-2021-09-18-handover-armenia"],
  }),
  ses("2022-01-10", "yerevan", "extraordinary", "video", "held", "ARM", ["pashinyan", "putin", "lukashenko", "tokayev", "japarov", "rahmon"], {
    notes: [
      "Extraordinary video session on the situation in Kazakhstan, chaired by Pashinyan as Chairman of the CSC; all six members confirmed participation (src:belta-2022-01-09-video-session-announced, src:ra-2022-01-10-session-minute-of-silence).",
      "The decision to deploy the Collective Peacekeeping Forces had already been taken on 6 January 2022 outside a session (see initiatives). No documents were planned (src:galatv-2022-01-peskov-no-documents).",
      "City recorded as Yerevan because the chair conducted the session from Armenia.",
    ],
    sources: ["src:belta-2022-01-09-video-session-announced", "src:ra-2022-01-10-session-minute-of-silence", "src:galatv-2022-01-peskov-no-documents", "src:lb-2022-01-10-kremlin-transcript-2030"],
  }),
  ses("2022-05-16", "moscow", "jubilee", "in-person", "held", "ARM", ["putin", "pashinyan", "lukashenko", "tokayev", "japarov", "rahmon"], {
    notes: [
      "Jubilee summit for the 30th anniversary of the Collective Security Treaty and the 20th of the CSTO, held in Moscow at the invitation of the chairing side, Armenia (src:cbctv-2022-05-13-japarov-moscow-summit).",
      "A CSC statement on the anniversaries was signed among 'a number of documents' (src:asiaplus-2022-05-17-jubilee-summit); total not established. Attendee list per pre-summit reports.",
    ],
    sources: ["src:asiaplus-2022-05-17-jubilee-summit", "src:cbctv-2022-05-13-japarov-moscow-summit"],
  }),
  ses("2022-09-13", "yerevan", "extraordinary", "video", "held", "ARM", ["pashinyan", "tokayev", "japarov", "putin", "rasulzoda", "volfovich"], {
    notes: [
      "Extraordinary video session convened at Armenia's request after the Armenia-Azerbaijan border clashes; decided to send a CSTO mission led by SG Zas to Armenia and to set up a monitoring working group.",
      "Tajikistan was represented by Prime Minister Kokhir Rasulzoda and Belarus by State Secretary of the Security Council Alexander Volfovich (src:tjinform-2022-09-14-extraordinary-armenia).",
    ],
    sources: ["src:tjinform-2022-09-14-extraordinary-armenia", "src:steppe-2022-09-13-mission-armenia"],
  }),
  ses("2022-11-23", "yerevan", "regular", "in-person", "held", "ARM", ["pashinyan", "putin", "lukashenko", "tokayev", "japarov", "rahmon"], {
    docs: 15,
    notes: [
      "17 draft decisions were submitted; 15 were adopted and 2 - the CSC Declaration and the draft on joint measures to assist Armenia - were sent back for revision after Pashinyan refused to sign them (src:gruzinform-2022-11-24-pashinyan-declaration, src:glavny-2022-11-peskov-two-documents).",
      "Chairmanship passed to Belarus; the next session was set for Minsk in Q4 2023 (src:ra-2022-11-next-summit-minsk).",
    ],
    sources: ["src:odkb-2022-11-23-yerevan-session", "src:pacsto-2022-11-23-yerevan-leaders", "src:gruzinform-2022-11-24-pashinyan-declaration", "src:glavny-2022-11-peskov-two-documents", "src:ra-2022-11-next-summit-minsk"],
  }),
  ses("2023-11-23", "minsk", "regular", "in-person", "held", "BLR", ["lukashenko", "putin", "tokayev", "japarov", "rahmon"], {
    absent: ["ARM"],
    docs: 15,
    notes: [
      "Pashinyan declined to attend (src:tass-en-2023-11-23-minsk-preview).",
      "15 documents signed per BelTA (src:livenews-2023-11-23-minsk-15-documents), incl. the CSC Declaration, measures to develop the crisis-response system, the 2024 budget and the decision on the next chairmanship and session (src:tvc-2023-11-23-minsk-documents).",
    ],
    sources: ["src:tass-en-2023-11-23-minsk-preview", "src:livenews-2023-11-23-minsk-15-documents", "src:tvc-2023-11-23-minsk-documents", "src:caspian-2023-12-04-belarus-results"],
  }),
  ses("2024-11-28", "astana", "regular", "in-person", "held", "KAZ", ["tokayev", "lukashenko", "japarov", "putin", "rahmon"], {
    absent: ["ARM"],
    notes: [
      "Armenia (participation frozen since February 2024) stayed away but did not object to the documents (src:sputnik-2024-11-28-astana-preview).",
      "Ushakov said at least 14 documents were prepared, incl. the CSC Declaration and a statement on the 80th anniversary of the Victory (src:sputnik-2024-11-28-astana-preview, src:russia-islworld-2024-11-26-astana-declaration); the number actually signed was not established.",
    ],
    sources: ["src:astanatimes-2024-11-28-astana-session", "src:sputnik-2024-11-28-astana-preview", "src:russia-islworld-2024-11-26-astana-declaration"],
  }),
  ses("2025-11-27", "bishkek", "regular", "in-person", "held", "KGZ", ["japarov", "putin", "lukashenko", "tokayev", "rahmon"], {
    absent: ["ARM"],
    docs: 15,
    notes: [
      "15 documents signed per the Kyrgyz presidential press service (src:24kg-2025-11-27-bishkek-15-documents); a Kremlin-based report gives 16 (src:menafn-2025-11-27-bishkek-16-documents); Ushakov had announced 19 prepared (src:newsru-2025-11-24-ushakov-19-documents).",
      "Adopted incl. the CSC Declaration, the Anti-Drug Strategy 2026-2030, the Plan for the development of military cooperation 2026-2030 and a statement on countering drug trafficking; Taalatbek Masadykov appointed Secretary-General for 2026-2028.",
      "Armenia did not attend but did not object to the agreed documents (src:tass-2025-11-24-armenia-not-participating).",
      "Preceded the same day by a joint meeting of foreign and defence ministers and security council secretaries, which signed 10 documents (src:tass-2025-11-27-joint-meeting-10-documents).",
    ],
    sources: ["src:24kg-2025-11-27-bishkek-15-documents", "src:menafn-2025-11-27-bishkek-16-documents", "src:eccis-2025-11-27-bishkek-session", "src:vfokuse-2025-11-27-bishkek-documents", "src:tass-2025-11-24-armenia-not-participating", "src:ria-2025-11-24-ushakov-armenia-absent", "src:newsru-2025-11-24-ushakov-19-documents", "src:sputnik-ar-2025-11-27-bishkek-final-statement"],
  }),
  ses("2026-11-11", "moscow", "regular", "in-person", "scheduled", "RUS", [], {
    notes: [
      "Announced by Ushakov on 2025-11-24 and by Putin at the Bishkek session: next CSC session in Moscow on 11 November 2026 (src:gazeta-2025-11-27-next-summit-moscow, src:qazinform-2025-11-27-next-session-moscow).",
      "The stored sources available stop in early 2026; no report of the session being held, moved or cancelled was found, so status stays 'scheduled' although the date has passed (today 2026-11-23). Verify.",
    ],
    sources: ["src:gazeta-2025-11-24-next-summit-date", "src:gazeta-2025-11-27-next-summit-moscow", "src:qazinform-2025-11-27-next-session-moscow", "src:tass-en-2025-12-25-lavrov-presidency-plan"],
  }),
];
sessions.sort((a, b) => a.date.localeCompare(b.date));

function ch(state, from, to, motto, notes, srcs) {
  const o = { state: `state:${state}`, from, to };
  if (motto) o.motto = motto;
  if (notes) o.notes = notes;
  o.sources = srcs;
  return o;
}
const SESSION_RULE = "Until 2022 the chairmanship ran from one regular session to the next (Charter art. 13: the chairman is the head of the state hosting the regular session and keeps the role until the next regular session; src:asiaplus-2022-05-17-jubilee-summit), so from/to are session dates.";
const chairmanships = [
  ch("RUS", "2009-06-14", "2010-12-10", null, [
    "Armenia chaired from 2008-09-05 to 2009-06-14 (record in data-parts/early). At the 2009-06-14 Moscow session Belarus, next in turn, stayed away and Russia took over the chairmanship, described at the time as temporary (src:glavnoe-2009-06-14-russia-temporary-chair).",
    "Russia kept it until the hand-over to Belarus at the 2010-12-10 session (src:rbc-2010-12-10-moscow-session).",
    SESSION_RULE,
  ], ["src:glavnoe-2009-06-14-russia-temporary-chair", "src:newsarmenia-2009-06-14-sargsyan-chair-year", "src:rbc-2010-12-10-moscow-session", "src:asiaplus-2022-05-17-jubilee-summit"]),
  ch("BLR", "2010-12-10", "2011-12-20", null, ["Hand-over to Kazakhstan at the 2011-12-20 Moscow session (src:moscowpost-2011-12-20-kremlin-talks).", SESSION_RULE],
    ["src:rbc-2010-12-10-moscow-session", "src:moscowpost-2011-12-20-kremlin-talks", "src:zakon-2011-12-20-moscow-session"]),
  ch("KAZ", "2011-12-20", "2012-12-19", null, ["End date assumed to be the December 2012 Moscow session; the hand-over to Russia there is inferred, not confirmed by a source read."],
    ["src:zakon-2011-12-20-moscow-session", "src:24kg-2011-kazakhstan-chair-2012"]),
  ch("RUS", "2012-12-19", "2014-12-23", null, [
    "Russia hosted the 2013 Sochi session and Putin is described as CSC chairman in 2014 (src:vb-2014-12-23-moscow-session); whether the chairmanship formally changed at Sochi 2013 was not established.",
    "Hand-over to Tajikistan on 2014-12-23 (src:khovar-2014-12-23-moscow-session).",
  ], ["src:kremlin-2013-09-23-sochi-press-statement", "src:vb-2014-12-23-moscow-session", "src:khovar-2014-12-23-moscow-session"]),
  ch("TJK", "2014-12-23", "2015-09-15", null, ["Khovar describes the term as 'until the end of 2015'; in practice Armenia took over at the 2015-09-15 Dushanbe session (src:wikinews-2016-10-14-yerevan-session: Armenia chaired 'between the 2015 and 2016 sessions')."],
    ["src:khovar-2014-12-23-moscow-session", "src:khovar-2015-09-15-dushanbe-summit"]),
  ch("ARM", "2015-09-15", "2016-10-14", null, ["Sargsyan chaired the CSC in the period between the 2015 and 2016 sessions (src:wikinews-2016-10-14-yerevan-session)."],
    ["src:wikinews-2016-10-14-yerevan-session", "src:sputnik-tj-2016-10-14-yerevan-session"]),
  ch("BLR", "2016-10-14", "2017-11-30", null, ["Inferred from the rotation (Belarus hosted the next regular session, Minsk 2017-11-30); no explicit hand-over report read."],
    ["src:wikinews-2016-10-14-yerevan-session", "src:vpoanalytics-2018-01-09-csto-2017-results"]),
  ch("KAZ", "2017-11-30", "2018-11-08", null, ["Nazarbayev summed up Kazakhstan's 2018 chairmanship at the Astana session (src:sputnik-am-2018-11-08-astana-nazarbayev); start inferred from the Minsk session."],
    ["src:sputnik-am-2018-11-08-astana-nazarbayev"]),
  ch("KGZ", "2018-11-08", "2019-11-28", null, ["The 2019 Bishkek session was held 'under the chairmanship of the Kyrgyz Republic' (src:mir24-2019-11-28-bishkek-15-documents)."],
    ["src:mir24-2019-11-28-bishkek-15-documents", "src:bigasia-2018-11-08-astana-summit"]),
  ch("RUS", "2019-11-28", "2020-12-02", null, ["'This year [2020] Russia chairs the CSTO' (src:khovar-2020-11-30-russia-chairs-2020)."],
    ["src:khovar-2020-11-30-russia-chairs-2020", "src:mir24-2019-11-28-bishkek-15-documents"]),
  ch("TJK", "2020-12-02", "2021-09-16", null, [
    "Tajik sources speak of 'the chairmanship in 2021' (src:khovar-2020-12-03-tajik-chairmanship-2021); from = the 2020-12-02 session under the session-to-session practice, 2021-01-01 would be the calendar-year reading.",
    "No motto found.",
  ], ["src:khovar-2020-12-03-tajik-chairmanship-2021", "src:cis-2021-08-23-extraordinary-afghanistan", "src:khovar-2021-09-18-handover-armenia"]),
  ch("ARM", "2021-09-16", "2022-11-23", null, [
    "Described by the CSTO press secretary as 'the chairmanship of Armenia in 2021-2022' (src:blognews-2021-09-armenia-chair-2021-2022). No motto found; 2022 was marked as the 30th/20th anniversary year.",
  ], ["src:khovar-2021-09-18-handover-armenia", "src:blognews-2021-09-armenia-chair-2021-2022", "src:factor-2022-01-06-zas-pashinyan-kazakhstan"]),
  ch("BLR", "2022-11-23", "2024-01-01", {
    ar: "عبر التضامن والتعاون نحو السلام والأمن",
    en: "Through solidarity and cooperation to peace and security",
    ru: "Через солидарность и сотрудничество к миру и безопасности",
  }, [
    "Took over at the Yerevan session 'in the new intersessional period' (src:ra-2022-11-next-summit-minsk); Lukashenko said the formal hand-over to Kazakhstan would be on 31 December 2023 (src:novosti-belarusi-2023-11-23-handover-date), hence to = 2024-01-01. This is the switch point from session-based to calendar-year terms.",
    "Motto ar and en: our translation of the Russian original.",
  ], ["src:oqu-2023-belarus-motto", "src:souzveche-2023-belarus-motto", "src:ra-2022-11-next-summit-minsk", "src:novosti-belarusi-2023-11-23-handover-date"]),
  ch("KAZ", "2024-01-01", "2025-01-01", null, ["Calendar-year term from 1 January 2024 (src:semeinews-2024-01-kazakhstan-chairs). No motto found in the sources read; priorities announced by Tokayev at Minsk 2023-11-23."],
    ["src:semeinews-2024-01-kazakhstan-chairs", "src:globalnews-2023-11-23-tokayev-priorities", "src:astanatimes-2024-11-28-astana-session"]),
  ch("KGZ", "2025-01-01", "2026-01-01", {
    ar: "80 عامًا على النصر العظيم",
    en: "80 years of the Great Victory",
    ru: "80 лет Великой Победы",
  }, [
    "Motto per TASS (src:tass-2025-11-24-ushakov-motto); the Kyrgyz chair of the Permanent Council proposed it with an exclamation mark, «80 лет Великой Победы!» (src:centralasianews-2025-01-16-permanent-council-motto).",
    "Motto ar and en: our translation.",
  ], ["src:tass-2025-11-24-ushakov-motto", "src:centralasianews-2025-01-16-permanent-council-motto", "src:24kg-2025-11-27-bishkek-15-documents"]),
  ch("RUS", "2026-01-01", null, {
    ar: "الأمن الجماعي في عالم متعدد الأقطاب: هدف واحد ومسؤولية مشتركة",
    en: "Collective Security in a Multipolar World: A Single Goal – A Common Responsibility",
    ru: "Коллективная безопасность в многополярном мире: единая цель — общая ответственность",
  }, [
    "Ongoing calendar-year term (to = null); expected to end on 2027-01-01.",
    "Russian punctuation varies between sources (colon vs full stop, dash vs comma): src:tass-2025-11-24-ushakov-motto, src:24kg-2026-01-02-lavrov-priorities. English wording from src:eccis-2025-11-27-bishkek-session; 24.kg renders it 'Collective Security in a Multipolar World. One Goal — Shared Responsibility'.",
    "Motto ar: our translation; Arabic media quote only the first half, «الأمن الجماعي في عالم متعدد الأقطاب» (src:sputnik-ar-2025-11-27-bishkek-final-statement).",
  ], ["src:tass-2025-11-24-ushakov-motto", "src:5tv-2025-11-27-putin-motto", "src:eccis-2025-11-27-bishkek-session", "src:24kg-2026-01-02-lavrov-priorities", "src:inforos-2026-01-01-russia-takes-chair", "src:sputnik-ar-2025-11-27-bishkek-final-statement"]),
];

function ini(id, date, session, state, kind, title, summary, srcs) {
  const o = { id: `initiative:${id}`, date };
  if (session) o.session = `session:${session}`;
  if (state) o.state = `state:${state}`;
  o.kind = kind;
  o.title = title;
  if (summary) o.summary = summary;
  o.sources = srcs;
  return o;
}
const initiatives = [
  ini("crrf-agreement-2009", "2009-06-14", "2009-06-14-moscow", null, "document",
    { en: "Agreement on the Collective Rapid Reaction Force", ru: "Соглашение о Коллективных силах оперативного реагирования ОДКБ", ar: "اتفاقية قوات الرد السريع الجماعية" },
    "Signed by all members except Belarus (signed later in 2009) and Uzbekistan.",
    ["src:newsarmenia-2009-06-14-crrf-without-lukashenko", "src:kremlin-en-2009-06-14-csto-summit"]),
  ini("sg-rotation-decision-2015", "2015-09-15", "2015-09-15-dushanbe", null, "decision",
    { en: "Decision to rotate the post of Secretary-General", ru: "Решение о переходе на ротацию должности Генерального секретаря", ar: "قرار اعتماد التناوب على منصب الأمين العام" },
    "The Council found it expedient to move to rotation of the SG post held by Russia's Bordyuzha since 2003.",
    ["src:interfax-2015-09-15-sg-rotation"]),
  ini("collective-security-strategy-2025", "2016-10-14", "2016-10-14-yerevan", null, "document",
    { en: "CSTO Collective Security Strategy to 2025", ru: "Стратегия коллективной безопасности ОДКБ на период до 2025 года", ar: "استراتيجية الأمن الجماعي حتى عام 2025" },
    "On the Yerevan agenda together with the creation of the CSTO Crisis Response Centre; adoption not confirmed by a source read.",
    ["src:wikinews-2016-10-14-yerevan-session"]),
  ini("partner-observer-status-2018", "2018-12-06", "2018-12-06-saint_petersburg", null, "decision",
    { en: "Legal status of CSTO partner and observer", ru: "О нормативном закреплении статуса партнёра ОДКБ и наблюдателя при Организации", ar: "تقنين صفة الشريك والمراقب في المنظمة" },
    null, ["src:kremlin-2018-12-06-spb-informal-meeting"]),
  ini("un-counter-terrorism-plan-2019", "2019-11-28", "2019-11-28-bishkek", null, "document",
    { en: "Collective action plan for the UN Global Counter-Terrorism Strategy 2019-2021", ru: "План коллективных действий государств-членов ОДКБ по реализации Глобальной контртеррористической стратегии ООН на 2019-2021 годы", ar: "خطة العمل الجماعي لتنفيذ استراتيجية الأمم المتحدة العالمية لمكافحة الإرهاب 2019-2021" },
    "Adopted with a list of extra measures to reduce tension on the Tajik-Afghan border.",
    ["src:mir24-2019-11-28-bishkek-15-documents", "src:24kg-2019-11-28-bishkek-documents-agenda"]),
  ini("just-world-order-statement-2020", "2020-12-02", "2020-12-02-moscow", null, "statement",
    { en: "Statement on the formation of a just and sustainable world order", ru: "Заявление о формировании справедливого и устойчивого миропорядка", ar: "بيان بشأن تشكيل نظام عالمي عادل ومستدام" },
    "Adopted with the CSC Declaration at the first video session.",
    ["src:odkb-2020-12-02-video-session", "src:asiaplus-2020-12-03-video-session"]),
  ini("afghanistan-extraordinary-2021", "2021-08-23", "2021-08-23-dushanbe", null, "other",
    { en: "Extraordinary consultation on Afghanistan after the Taliban takeover", ru: "Внеочередная сессия СКБ о ситуации в Афганистане", ar: "دورة استثنائية بشأن الوضع في أفغانستان" },
    "Leaders stressed coordination with the SCO; Uzbekistan took part as an invited state.",
    ["src:cis-2021-08-23-extraordinary-afghanistan", "src:regnum-2021-08-23-video-afghanistan"]),
  ini("crrf-equipment-plan-2021", "2021-09-16", "2021-09-16-dushanbe", null, "document",
    { en: "Plan for equipping the CRRF with modern weapons; Declaration of the CSC", ru: "Решение о плане оснащения КСОР ОДКБ современным вооружением; Декларация СКБ", ar: "خطة تزويد قوات الرد السريع بأسلحة حديثة؛ إعلان مجلس الأمن الجماعي" },
    "Part of a package of 14 documents put to the leaders, incl. an agreement on joint logistic and medical support and a protocol amending the 2007 peacekeeping agreement.",
    ["src:silkway-2021-09-16-dushanbe-documents"]),
  ini("kazakhstan-peacekeeping-decision-2022", "2022-01-06", null, "KAZ", "decision",
    { en: "Decision to conduct a peacekeeping operation in Kazakhstan", ru: "Решение СКБ о проведении миротворческой операции на территории Республики Казахстан", ar: "قرار إجراء عملية حفظ سلام في كازاخستان" },
    "Taken at Tokayev's request under Articles 2 and 4 of the Collective Security Treaty; notified to the UN Security Council through Armenia as chair.",
    ["src:ona-2022-01-07-un-security-council-letter", "src:factor-2022-01-06-zas-pashinyan-kazakhstan"]),
  ini("kazakhstan-peacekeeping-operation-2022", "2022-01-06", "2022-01-10-yerevan", "KAZ", "operation",
    { en: "CSTO Collective Peacekeeping Forces in Kazakhstan (January 2022)", ru: "Миротворческая операция Коллективных миротворческих сил ОДКБ в Казахстане", ar: "عملية قوات حفظ السلام الجماعية في كازاخستان" },
    "First units arrived 6 January 2022; deployment completed 9 January; 2,030 personnel and 250 vehicles from Russia, Belarus, Armenia, Kyrgyzstan and Tajikistan guarded airports and strategic sites (Tokayev at the 10 January session). Commander: Col.-Gen. Andrey Serdyukov. Withdrawal began 13 January and was completed 19 January. Other reports give 'about 2,000' or 'up to 2,500'.",
    ["src:lb-2022-01-10-kremlin-transcript-2030", "src:rbcua-2022-01-10-official-number", "src:smotrim-2022-01-11-serdyukov-briefing", "src:interfax-2022-01-12-withdrawal-order", "src:astanatv-2022-01-19-mission-complete", "src:interfax-2022-01-19-tokayev-assessment"]),
  ini("kazakhstan-operation-end-2022", "2022-01-12", null, "KAZ", "decision",
    { en: "Decision to end the peacekeeping operation in Kazakhstan from 13 January", ru: "Решение о завершении миротворческой операции в Казахстане", ar: "قرار إنهاء عملية حفظ السلام في كازاخستان" },
    "Draft decision circulated to heads of state on 12 January after Tokayev's request; the withdrawal order was approved by the defence ministers on 13 January.",
    ["src:interfax-2022-01-12-withdrawal-order"]),
  ini("jubilee-statement-2022", "2022-05-16", "2022-05-16-moscow", null, "statement",
    { en: "CSC statement on the 30th anniversary of the Treaty and 20th of the Organization", ru: "Заявление СКБ ОДКБ в связи с 30-летием ДКБ и 20-летием ОДКБ", ar: "بيان بمناسبة الذكرى الثلاثين للمعاهدة والعشرين للمنظمة" },
    null, ["src:asiaplus-2022-05-17-jubilee-summit"]),
  ini("armenia-mission-2022", "2022-09-13", "2022-09-13-yerevan", "ARM", "decision",
    { en: "CSTO mission to Armenia after the border clashes", ru: "Направление в Республику Армения Миссии ОДКБ", ar: "إرسال بعثة المنظمة إلى أرمينيا" },
    "Mission led by SG Stanislav Zas with the Chief of the Joint Staff; a working group for permanent monitoring was also created.",
    ["src:tjinform-2022-09-14-extraordinary-armenia", "src:steppe-2022-09-13-mission-armenia"]),
  ini("armenia-assistance-declaration-2022", "2022-11-23", "2022-11-23-yerevan", "ARM", "other",
    { en: "Declaration and joint measures to assist Armenia (not signed)", ru: "Проект Декларации СКБ и о совместных мерах по оказанию помощи Республике Армения", ar: "مشروع إعلان وتدابير مشتركة لمساعدة أرمينيا (لم يوقَّع)" },
    "Pashinyan refused to sign, citing the lack of a political assessment of Azerbaijan's actions; both drafts were sent back for revision.",
    ["src:gruzinform-2022-11-24-pashinyan-declaration", "src:glavny-2022-11-peskov-two-documents"]),
  ini("belarus-chairmanship-priorities-2023", "2022-11-23", "2022-11-23-yerevan", "BLR", "priority",
    { en: "Priorities of the Belarusian chairmanship", ru: "Приоритеты председательства Беларуси в ОДКБ", ar: "أولويات الرئاسة البيلاروسية" },
    "First aim: settling crises and preventing further destabilisation in the CSTO area, through de-escalation diplomacy; also combat readiness and military-technical cooperation.",
    ["src:oqu-2023-belarus-motto", "src:souzveche-2023-belarus-motto"]),
  ini("crisis-response-measures-2023", "2023-11-23", "2023-11-23-minsk", null, "document",
    { en: "Measures to develop the crisis-response system; joint press centre", ru: "Решение о мерах по развитию системы кризисного реагирования; положение об объединенном пресс-центре", ar: "تدابير تطوير منظومة الاستجابة للأزمات" },
    null, ["src:tvc-2023-11-23-minsk-documents"]),
  ini("kazakhstan-chairmanship-priorities-2024", "2023-11-23", "2023-11-23-minsk", "KAZ", "priority",
    { en: "Priorities of the Kazakh chairmanship", ru: "Приоритеты председательства Казахстана в ОДКБ", ar: "أولويات الرئاسة الكازاخستانية" },
    "Cooperation with the UN, CIS and SCO; legal basis for rapid deployment of the Collective Forces; counter-terrorism and extremism.",
    ["src:globalnews-2023-11-23-tokayev-priorities"]),
  ini("victory-80-statement-2024", "2024-11-28", "2024-11-28-astana", null, "statement",
    { en: "CSC Declaration and statement on the 80th anniversary of the Victory", ru: "Декларация СКБ и заявление в честь 80-летия Победы", ar: "إعلان المجلس وبيان الذكرى الثمانين للنصر" },
    "Announced as planned documents; a declaration drafted on Kazakhstan's initiative was adopted per Tokayev.",
    ["src:russia-islworld-2024-11-26-astana-declaration", "src:sputnik-2024-11-28-astana-preview"]),
  ini("kyrgyz-heads-of-government-meeting-2025", "2025-09", null, "KGZ", "other",
    { en: "First meeting of CSTO heads of government (Bishkek)", ru: "Первая встреча глав правительств государств-членов ОДКБ", ar: "أول اجتماع لرؤساء حكومات الدول الأعضاء" },
    "Held on Kyrgyzstan's initiative in September 2025 during its chairmanship (over 40 events in the year).",
    ["src:vb-2026-01-15-kulubaev-chairmanship-results"]),
  ini("military-cooperation-plan-2030", "2025-11-27", "2025-11-27-bishkek", null, "document",
    { en: "Plan for the development of military cooperation 2026-2030", ru: "План развития военного сотрудничества государств-членов ОДКБ на 2026-2030 годы", ar: "خطة تطوير التعاون العسكري 2026-2030" },
    null, ["src:24kg-2025-11-27-bishkek-15-documents", "src:eccis-2025-11-27-bishkek-session"]),
  ini("anti-drug-strategy-2030", "2025-11-27", "2025-11-27-bishkek", null, "document",
    { en: "CSTO Anti-Drug Strategy 2026-2030 and statement on countering drug trafficking", ru: "Антинаркотическая стратегия государств-членов ОДКБ на 2026-2030 годы", ar: "استراتيجية مكافحة المخدرات 2026-2030" },
    null, ["src:24kg-2025-11-27-bishkek-15-documents", "src:tass-2025-11-27-joint-meeting-10-documents"]),
  ini("bishkek-declaration-2025", "2025-11-27", "2025-11-27-bishkek", null, "document",
    { en: "Declaration of the Collective Security Council (Bishkek)", ru: "Декларация Совета коллективной безопасности ОДКБ", ar: "إعلان مجلس الأمن الجماعي (بيشكيك)" },
    "24.kg also lists a CSTO Collective Security Strategy among the signed documents; the CIS Executive Committee report does not mention it.",
    ["src:eccis-2025-11-27-bishkek-session", "src:24kg-2025-11-27-bishkek-15-documents"]),
  ini("masadykov-appointment-2025", "2025-11-27", "2025-11-27-bishkek", "KGZ", "decision",
    { en: "Appointment of Taalatbek Masadykov as Secretary-General (2026-2028)", ru: "Назначение Таалатбека Масадыкова Генеральным секретарем ОДКБ", ar: "تعيين تالاتبيك ماساديكوف أمينًا عامًا" },
    "Term from 1 January 2026 to 31 December 2028.",
    ["src:eccis-2025-11-27-bishkek-session"]),
  ini("russia-chairmanship-priorities-2026", "2025-11-27", "2025-11-27-bishkek", "RUS", "priority",
    { en: "Priorities of the Russian chairmanship 2026", ru: "Приоритеты председательства России в ОДКБ в 2026 году", ar: "أولويات الرئاسة الروسية 2026" },
    "Information-analytical work, counter-terrorism (drafting a new CSTO anti-terrorism strategy), countering radicalisation of youth, strengthening the collective forces, technological leadership in the military sphere, military medicine and epidemic prevention, and fighting drug trafficking.",
    ["src:eccis-2025-11-27-bishkek-session", "src:gazeta-2025-11-27-putin-main-statements", "src:24kg-2025-11-27-putin-priorities", "src:24kg-2026-01-02-lavrov-priorities"]),
  ini("russian-arms-programme-2026", "2025-11-27", "2025-11-27-bishkek", "RUS", "priority",
    { en: "Proposed programme to equip CSTO forces with Russian weapons", ru: "Программа оснащения сил ОДКБ российским вооружением", ar: "برنامج تزويد قوات المنظمة بأسلحة روسية" },
    "Proposed by Putin, citing weapons 'proven in real combat'.",
    ["src:gazeta-2025-11-27-next-summit-moscow", "src:gazeta-2025-11-27-putin-main-statements"]),
  ini("eurasian-security-forum-2026", "2025-11-27", "2025-11-27-bishkek", "RUS", "priority",
    { en: "International forum on equal and indivisible security in Eurasia (Moscow, November 2026)", ru: "Международный форум по коллективной безопасности / архитектуре равной и неделимой безопасности в Евразии", ar: "منتدى دولي حول بنية الأمن المتساوي وغير القابل للتجزئة في أوراسيا" },
    "Proposed by Putin; Lavrov's working group planned it with the Moscow summit for November 2026.",
    ["src:gazeta-2025-11-27-putin-main-statements", "src:tass-en-2025-12-25-lavrov-presidency-plan"]),
  ini("russia-presidency-action-plan-2026", "2025-12-25", null, "RUS", "document",
    { en: "Action plan of the Russian CSTO presidency in 2026", ru: "План мероприятий российского председательства в ОДКБ в 2026 году", ar: "خطة عمل الرئاسة الروسية 2026" },
    "Approved by the Russian interdepartmental working group chaired by Lavrov.",
    ["src:tass-en-2025-12-25-lavrov-presidency-plan", "src:ria-2026-01-13-permanent-council-russia"]),
];

const persons = [
  { id: "person:mirziyoyev", names: { ar: ["شوكت ميرضيائيف", "شوكت ميرزيوييف"], en: ["Shavkat Mirziyoyev"], ru: ["Шавкат Мирзиёев"] }, notes: ["President of Uzbekistan; took part as invited guest in the 2021-08-23 extraordinary session."], sources: ["src:cis-2021-08-23-extraordinary-afghanistan"] },
  { id: "person:rasulzoda", names: { ar: ["قاهر رسول زاده"], en: ["Kokhir Rasulzoda", "Qohir Rasulzoda"], ru: ["Кохир Расулзода"] }, notes: ["Prime Minister of Tajikistan; represented Tajikistan at the 2022-09-13 extraordinary session."], sources: ["src:tjinform-2022-09-14-extraordinary-armenia"] },
  { id: "person:volfovich", names: { ar: ["ألكسندر فولفوفيتش"], en: ["Alexander Volfovich"], ru: ["Александр Вольфович"] }, notes: ["State Secretary of the Security Council of Belarus; represented Belarus at the 2022-09-13 extraordinary session."], sources: ["src:tjinform-2022-09-14-extraordinary-armenia"] },
  { id: "person:sagintayev", names: { ar: ["باقيتجان ساغينتاييف"], en: ["Bakytzhan Sagintayev"], ru: ["Бакытжан Сагинтаев"] }, notes: ["Prime Minister of Kazakhstan; represented Kazakhstan at the 2016-10-14 Yerevan session (identity from general knowledge; the source says only 'the prime minister')."], sources: ["src:24kg-2016-10-14-yerevan-closed-session"] },
];

const w = (name, data) => writeFileSync(OUT + name, JSON.stringify(data, null, 2) + "\n");
w("sessions.json", sessions);
w("chairmanships.json", chairmanships);
w("initiatives.json", initiatives);
w("sources.json", sources);
w("persons.json", persons);
w("cities.json", []);

// integrity checks
const ids = new Set(sources.map((s) => s.id));
const dup = sources.length - ids.size;
const used = new Set();
const all = [...sessions, ...chairmanships, ...initiatives, ...persons];
for (const r of all) for (const s of r.sources) { used.add(s); if (!ids.has(s)) console.log("MISSING SOURCE", s, r.id ?? r.state); }
for (const r of all) for (const n of r.notes ?? []) for (const m of n.matchAll(/src:[a-z0-9-]+/g)) if (!ids.has(m[0])) console.log("MISSING NOTE SRC", m[0]);
const sesIds = new Set(sessions.map((s) => s.id));
for (const i of initiatives) if (i.session && !sesIds.has(i.session)) console.log("MISSING SESSION", i.session);
for (let k = 1; k < chairmanships.length; k++) if (chairmanships[k - 1].to !== chairmanships[k].from) console.log("GAP", k);
console.log("dups", dup, "unused", [...ids].filter((i) => !used.has(i)));
console.log({ sessions: sessions.length, chairmanships: chairmanships.length, initiatives: initiatives.length, sources: sources.length, persons: persons.length });
