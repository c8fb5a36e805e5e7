import { astanaSummit2024 } from "./articles/astana-summit-2024.js";
import { bishkekSummit2019 } from "./articles/bishkek-summit-2019.js";
import { bishkekSummit2025 } from "./articles/bishkek-summit-2025.js";
import { kazakhstanVideoSession2022 } from "./articles/kazakhstan-video-session-2022.js";
import { minskSummit2023 } from "./articles/minsk-summit-2023.js";
import { moscowJubilee2022 } from "./articles/moscow-jubilee-2022.js";
import { russianChairmanship2026 } from "./articles/russian-chairmanship-2026.js";
import { yerevanSummit2022 } from "./articles/yerevan-summit-2022.js";
import type { SampleArticle } from "./sample-article.js";

/** The embedded sample, oldest first. Every article was written for this project. */
export const sampleArticles: readonly SampleArticle[] = [
  bishkekSummit2019,
  kazakhstanVideoSession2022,
  moscowJubilee2022,
  yerevanSummit2022,
  minskSummit2023,
  astanaSummit2024,
  bishkekSummit2025,
  russianChairmanship2026,
];
