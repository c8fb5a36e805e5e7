import { readFileSync } from "node:fs";
import { analyzeArticle } from "@csto/queries";

for (const f of process.argv.slice(2)) {
  const a = JSON.parse(readFileSync(f, "utf8"));
  const r = analyzeArticle(a.text, { published: a.published });
  for (const s of r.sessions)
    console.log(
      f,
      s.session.id,
      s.role,
      s.score.toFixed(2),
      s.evidence.map((e: any) => `${e.kind}:${e.text ?? ""}:${e.weight.toFixed(1)}`).join(" | "),
    );
}
