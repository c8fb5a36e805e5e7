import type { Command } from "../cli/command.js";
import { analyzeCommand } from "./analyze-command.js";
import { demoCommand } from "./demo-command.js";
import { membersCommand } from "./members-command.js";
import { serveCommand } from "./serve-command.js";
import { sessionsCommand } from "./sessions-command.js";
import { timelineCommand } from "./timeline-command.js";

/** Every sub-command, in the order `--help` lists them. */
export const commands: readonly Command[] = [
  demoCommand,
  analyzeCommand,
  sessionsCommand,
  membersCommand,
  timelineCommand,
  serveCommand,
];
