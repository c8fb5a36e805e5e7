import { kindOfId } from "@csto/queries";

// Placeholder command surface until the demo issue lands: it proves the packages link.
const [command = "demo"] = process.argv.slice(2);
if (command === "demo") {
  console.log(`@csto demo: ${["state:RUS", "person:putin"].map((id) => `${id} → ${kindOfId(id)}`).join(", ")}`);
} else {
  console.error(`csto-demo: unknown command "${command}"`);
  process.exitCode = 2;
}
