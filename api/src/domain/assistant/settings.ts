/** The assistant's behaviour settings per workspace (admins). */
import { z } from 'zod';
import type { AgentViewer } from '../../auth/viewer.js';
import type { AssistantSettings } from '../../generated/prisma/client.js';
import { ExplicitRequestMode } from '../../generated/prisma/enums.js';
import type { ServiceDeps } from '../deps.js';

const spendLimit = z
  .number()
  .int('Use a whole number')
  .min(0, 'Use 0 or more (empty: no cap)')
  .max(100_000_000, 'Use at most 100,000,000')
  .nullish();

export const assistantSettingsInput = z.object({
  instructions: z.string().trim().max(8000, 'Use at most 8000 characters').nullish(),
  greeting: z.string().trim().min(1, 'Write a greeting').max(500).nullish(),
  model: z.string().trim().max(100).nullish(),
  confidenceThreshold: z.number().min(0, 'Between 0 and 1').max(1, 'Between 0 and 1').nullish(),
  frustrationDetection: z.boolean().nullish(),
  explicitRequestMode: z.enum(ExplicitRequestMode).nullish(),
  answerWhileQueued: z.boolean().nullish(),
  /** Spend cap: metered AI responses per UTC day / month; null clears the cap, omitted keeps it. */
  aiDailyLimit: spendLimit,
  aiMonthlyLimit: spendLimit,
});

/** The nullable fields where an explicit null means something (no cap), not "unchanged". */
const clearable = ['aiDailyLimit', 'aiMonthlyLimit'] as const;

export class AssistantSettingsService {
  constructor(private readonly deps: ServiceDeps) {}

  /** Which provider answers: `openai` when an API key is configured. */
  get providerName(): 'openai' | 'offline' {
    return this.deps.config.openai.apiKey ? 'openai' : 'offline';
  }

  /** A read: every workspace has its row (created at sign-up; a migration added older ones). */
  get(workspaceId: string): Promise<AssistantSettings> {
    return this.deps.prisma.assistantSettings.findUniqueOrThrow({ where: { workspaceId } });
  }

  update(actor: AgentViewer, input: z.output<typeof assistantSettingsInput>): Promise<AssistantSettings> {
    const data = Object.fromEntries(
      Object.entries(input).filter(
        ([key, v]) => v !== undefined && (v !== null || (clearable as readonly string[]).includes(key)),
      ),
    );
    return this.deps.prisma.assistantSettings.update({
      where: { workspaceId: actor.workspaceId },
      data: { ...data, ...(input.model === '' && { model: null }) },
    });
  }
}
