import { CstoError } from "@csto/queries";

const app = document.querySelector("#app");
if (app) app.textContent = `@csto demo — ${CstoError.name}`;
