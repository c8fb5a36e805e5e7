import { dataset } from "@csto/model/data";
import { describe, expect, it } from "vitest";
import { createLinker } from "./link-entities.js";

const link = createLinker(dataset);
const pairs = (text: string) => link(text).map((m) => `${m.id}=${m.text}`);

describe("a bare broken plural of a demonym after an indefinite plural noun", () => {
  it("links روس، أرمن، طاجيك … after a plural noun like their definite forms", () => {
    expect(pairs("قتل ثلاثة جنود روس في القصف.")).toEqual(["state:RUS=روس"]);
    expect(pairs("وصل خبراء أرمن إلى موسكو أمس.")).toEqual(["state:ARM=أرمن", "city:moscow=موسكو"]);
    expect(pairs("ويعمل في المدينة عمال طاجيك ومواطنون أوزبك.")).toEqual(["state:TJK=طاجيك", "state:UZB=أوزبك"]);
  });
  it("leaves روس as a name or the head of a company's name", () => {
    expect(pairs("وقال المبعوث الأمريكي السابق دينيس روس إن المفاوضات متعثرة.")).toEqual([]);
    expect(pairs("ووقعت شركة روس أتوم عقدا لبناء المحطة.")).toEqual([]);
    expect(pairs("غنت ديانا روس أشهر أغانيها.")).toEqual([]);
  });
});

describe("a group's name in quotes", () => {
  it("reads a state's name inside a quoted name after مجموعة as the group's", () => {
    expect(pairs("وعقدت مجموعة «روسيا – العالم الإسلامي» اجتماعها السنوي في موسكو.")).toEqual(["city:moscow=موسكو"]);
    expect(pairs('وتعقد مجموعة "روسيا – العالم الإسلامي" دورتها المقبلة في الخريف.')).toEqual([]);
  });
  it("still links a state after مجموعة without quotes", () => {
    expect(pairs("وقالت مجموعة من الخبراء إن روسيا ستشارك.")).toEqual(["state:RUS=روسيا"]);
  });
});
