import { dataset } from "@csto/model/data";
import { describe, expect, it } from "vitest";
import { createLinker } from "./link-entities.js";

const link = createLinker(dataset);
const pairs = (text: string) => link(text).map((m) => `${m.id}=${m.text}`);

describe("a name glued to the next word", () => {
  it("links a name whose next word, written with its hamza seat, lost the space before it", () => {
    expect(pairs("وصرح بورديوجاأن المنظمة ستعزز قواتها.")).toEqual(["person:bordyuzha=بورديوجا"]);
    expect(pairs("وصل الوفد إلى يريفانأمس في زيارة قصيرة.")).toEqual(["city:yerevan=يريفان"]);
    expect(pairs("وقال لوكاشينكوإن بلاده لن تتراجع.")).toEqual(["person:lukashenko=لوكاشينكو"]);
  });
  it("reads no name in a word that only starts like one", () => {
    expect(pairs("عرض المتحف أزياء موسكوفية من القرن الماضي.")).toEqual([]);
    expect(pairs("وصل الوفد إلى ألماآتا.")).toEqual(["city:almaty=ألماآتا"]);
  });
});
