/**
 * The admin's handoff policy: the built-in sensitive topics (each on or off) and the
 * workspace's own "always hand off when…" topics with example phrasings. A topic without
 * examples is matched by its name alone.
 */
import { z } from 'zod';
import type { AgentViewer } from '../../auth/viewer.js';
import { isBuiltInTopic } from '../../assistant/topics.js';
import { NotFoundError, ValidationError } from '../errors.js';
import type { HandoffTopic } from '../../generated/prisma/client.js';
import type { ServiceDeps } from '../deps.js';

export const handoffTopicInput = z.object({
  name: z.string().trim().min(1, 'Name the topic').max(80, 'Use at most 80 characters'),
  examples: z
    .array(z.string().trim().min(1, 'An example cannot be empty').max(300, 'Use at most 300 characters per example'))
    .max(20, 'Use at most 20 examples')
    .default([]),
  enabled: z.boolean().default(true),
});

export class HandoffTopicService {
  constructor(private readonly deps: ServiceDeps) {}

  list(workspaceId: string, enabledOnly = false): Promise<HandoffTopic[]> {
    return this.deps.prisma.handoffTopic.findMany({
      where: { workspaceId, ...(enabledOnly && { enabled: true }) },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
  }

  async create(actor: AgentViewer, input: z.output<typeof handoffTopicInput>): Promise<HandoffTopic> {
    await this.assertFreeName(actor.workspaceId, input.name);
    return this.deps.prisma.handoffTopic.create({ data: { workspaceId: actor.workspaceId, ...input } });
  }

  async update(actor: AgentViewer, id: string, input: z.output<typeof handoffTopicInput>): Promise<HandoffTopic> {
    await this.find(actor.workspaceId, id);
    await this.assertFreeName(actor.workspaceId, input.name, id);
    return this.deps.prisma.handoffTopic.update({ where: { id }, data: input });
  }

  async delete(actor: AgentViewer, id: string): Promise<HandoffTopic> {
    const topic = await this.find(actor.workspaceId, id);
    await this.deps.prisma.handoffTopic.delete({ where: { id } });
    return topic;
  }

  /** Switches a built-in sensitive topic on or off. */
  async setBuiltIn(actor: AgentViewer, key: string, enabled: boolean): Promise<string[]> {
    if (!isBuiltInTopic(key)) throw ValidationError.single('key', `No built-in topic "${key}"`);
    const settings = await this.deps.prisma.assistantSettings.findUniqueOrThrow({
      where: { workspaceId: actor.workspaceId },
    });
    const disabled = new Set(settings.disabledTopics);
    if (enabled) disabled.delete(key);
    else disabled.add(key);
    const saved = await this.deps.prisma.assistantSettings.update({
      where: { workspaceId: actor.workspaceId },
      data: { disabledTopics: [...disabled].sort() },
    });
    return saved.disabledTopics;
  }

  private async find(workspaceId: string, id: string): Promise<HandoffTopic> {
    const topic = await this.deps.prisma.handoffTopic.findFirst({ where: { id, workspaceId } });
    if (!topic) throw new NotFoundError('Handoff topic');
    return topic;
  }

  private async assertFreeName(workspaceId: string, name: string, except?: string): Promise<void> {
    const clash = await this.deps.prisma.handoffTopic.findFirst({
      where: { workspaceId, name: { equals: name, mode: 'insensitive' }, ...(except && { id: { not: except } }) },
    });
    if (clash || isBuiltInTopic(name))
      throw ValidationError.single('input.name', `A topic named "${name}" exists already`);
  }
}
