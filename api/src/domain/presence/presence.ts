/**
 * Who of the team is there (issue 15, part 2): an agent is ONLINE while they hold an inbox socket
 * (a signed-in session, not an API key) on any API instance, AWAY when they hold one but said
 * they are away, and OFFLINE once no instance has seen a socket of theirs for the grace period
 * (`BATON_PRESENCE_GRACE_MS`: a reload or a network blip does not make anyone offline).
 *
 * Each instance counts its own sockets per agent and keeps one `AgentConnection` row per agent
 * it serves: it refreshes `seenAt` while it holds any of their sockets (a heartbeat every quarter
 * of the grace period) and sets it once more when the last one closes. So the database answers
 * "online?" for every instance alike — auto-assignment reads it inside its transaction — and an
 * instance that stops answering stops refreshing: its agents go offline after the grace period.
 *
 * Changes are facts (`agent.presence_changed`), emitted by the instance that saw them: the
 * fan-out listener publishes them to the workspace's inbox sockets, auto-assignment listens for
 * agents who became available.
 */
import { randomUUID } from 'node:crypto';
import type { AgentViewer, Viewer } from '../../auth/viewer.js';
import type { PresenceEvent } from '../../events/types.js';
import type { ServiceDeps } from '../deps.js';
import { NotFoundError } from '../errors.js';

export type Presence = 'ONLINE' | 'AWAY' | 'OFFLINE';

interface PresenceRow {
  id: string;
  workspaceId: string;
  away: boolean;
  deactivatedAt: Date | null;
  connections: { agentId: string }[];
}

/** Presence from an agent's row and whether any instance saw a socket of theirs within the grace period. */
export function presenceOf(agent: { away: boolean; deactivatedAt: Date | null }, connected: boolean): Presence {
  if (agent.deactivatedAt || !connected) return 'OFFLINE';
  return agent.away ? 'AWAY' : 'ONLINE';
}

/** Whether a viewer's sockets count for presence: a signed-in agent's inbox, not an API key's. */
export function countsForPresence(viewer: Viewer): viewer is AgentViewer & { apiKey: null } {
  return viewer.kind === 'agent' && viewer.apiKey === null;
}

export class PresenceService {
  /** This instance's id in `AgentConnection` rows. */
  readonly instanceId = randomUUID();
  private readonly sockets = new Map<string, { workspaceId: string; count: number }>();
  /** Writes of one agent's row, in order (an open and a close in quick succession). */
  private readonly chains = new Map<string, Promise<void>>();
  private readonly offlineChecks = new Map<string, NodeJS.Timeout>();
  private heartbeat: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(private readonly deps: ServiceDeps) {}

  get graceMs(): number {
    return this.deps.config.presenceGraceMs;
  }

  /** The oldest `seenAt` that still counts as online. */
  cutoff(now = Date.now()): Date {
    return new Date(now - this.graceMs);
  }

  start(): void {
    this.stopped = false;
    clearInterval(this.heartbeat);
    this.heartbeat = setInterval(() => void this.refresh(), Math.max(25, Math.floor(this.graceMs / 4)));
    this.heartbeat.unref();
  }

  /** Stops the heartbeat and waits for the writes in flight (the rows go stale after the grace period). */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.heartbeat);
    for (const timer of this.offlineChecks.values()) clearTimeout(timer);
    this.offlineChecks.clear();
    await Promise.all(this.chains.values());
  }

  /** An inbox socket of this agent opened on this instance. */
  opened(agentId: string, workspaceId: string): void {
    const held = this.sockets.get(agentId) ?? { workspaceId, count: 0 };
    held.count += 1;
    this.sockets.set(agentId, held);
    clearTimeout(this.offlineChecks.get(agentId));
    this.offlineChecks.delete(agentId);
    if (held.count > 1) return;
    this.write(agentId, async () => {
      const before = await this.presenceOfIds([agentId]);
      const seenAt = new Date();
      await this.deps.prisma.agentConnection.upsert({
        where: { agentId_instanceId: { agentId, instanceId: this.instanceId } },
        create: { agentId, instanceId: this.instanceId, workspaceId, sockets: held.count, seenAt },
        update: { sockets: held.count, seenAt },
      });
      if (before.get(agentId) === 'OFFLINE') await this.announce(agentId);
    });
  }

  /** An inbox socket of this agent closed on this instance. */
  closed(agentId: string): void {
    const held = this.sockets.get(agentId);
    if (!held) return;
    held.count -= 1;
    if (held.count > 0) return;
    this.sockets.delete(agentId);
    this.write(agentId, async () => {
      await this.deps.prisma.agentConnection.updateMany({
        where: { agentId, instanceId: this.instanceId },
        data: { sockets: 0, seenAt: new Date() },
      });
      if (this.stopped) return;
      // Offline once the grace period has passed with no socket anywhere (checked then, not assumed).
      const timer = setTimeout(() => {
        this.offlineChecks.delete(agentId);
        this.write(agentId, async () => {
          const now = await this.presenceOfIds([agentId]);
          if (now.get(agentId) === 'OFFLINE') await this.announce(agentId);
        });
      }, this.graceMs + 50);
      timer.unref();
      this.offlineChecks.set(agentId, timer);
    });
  }

  /** The agent says they are away (true) or available again (false). */
  async setAway(agent: AgentViewer, away: boolean): Promise<{ id: string }> {
    const updated = await this.deps.prisma.agent.updateMany({
      where: { id: agent.agentId, workspaceId: agent.workspaceId, deactivatedAt: null },
      data: { away },
    });
    if (updated.count === 0) throw new NotFoundError('Agent');
    await this.announce(agent.agentId);
    return { id: agent.agentId };
  }

  /** Presence of each agent named (OFFLINE for ids not found). */
  async presenceOfIds(agentIds: readonly string[]): Promise<Map<string, Presence>> {
    const rows: PresenceRow[] = await this.deps.prisma.agent.findMany({
      where: { id: { in: [...agentIds] } },
      select: {
        id: true,
        workspaceId: true,
        away: true,
        deactivatedAt: true,
        connections: { where: { seenAt: { gt: this.cutoff() } }, select: { agentId: true }, take: 1 },
      },
    });
    const found = new Map(rows.map((row) => [row.id, presenceOf(row, row.connections.length > 0)]));
    return new Map(agentIds.map((id) => [id, found.get(id) ?? 'OFFLINE']));
  }

  /** How many agents of the workspace are ONLINE (connected and not away). */
  availableAgents(workspaceId: string): Promise<number> {
    return this.deps.prisma.agent.count({
      where: {
        workspaceId,
        deactivatedAt: null,
        away: false,
        connections: { some: { seenAt: { gt: this.cutoff() } } },
      },
    });
  }

  /** Live presence changes of the workspace's agents (published by listeners/subscriber-fanout.ts). */
  changes(workspaceId: string): AsyncIterable<PresenceEvent> {
    return this.deps.pubsub.pubsub.subscribe('presence', workspaceId);
  }

  /** Tells the workspace the agent's presence as it is now. */
  private async announce(agentId: string): Promise<void> {
    const row = await this.deps.prisma.agent.findUnique({ where: { id: agentId }, select: { workspaceId: true } });
    if (!row) return;
    const presence = (await this.presenceOfIds([agentId])).get(agentId) ?? 'OFFLINE';
    this.deps.events.emit('agent.presence_changed', {
      workspaceId: row.workspaceId,
      agentId,
      presence,
      at: new Date().toISOString(),
    });
  }

  private write(agentId: string, work: () => Promise<void>): void {
    const previous = this.chains.get(agentId) ?? Promise.resolve();
    const next = previous
      .then(() => (this.stopped ? undefined : work()))
      .catch((error: unknown) => (this.deps.log ?? console.warn)(`presence: ${String(error)}`));
    this.chains.set(agentId, next);
    void next.then(() => {
      if (this.chains.get(agentId) === next) this.chains.delete(agentId);
    });
  }

  /** The heartbeat: this instance still holds these agents' sockets. */
  private async refresh(): Promise<void> {
    if (this.stopped || this.sockets.size === 0) return;
    try {
      await this.deps.prisma.agentConnection.updateMany({
        where: { instanceId: this.instanceId, sockets: { gt: 0 } },
        data: { seenAt: new Date() },
      });
    } catch (error) {
      (this.deps.log ?? console.warn)(`presence: the heartbeat failed: ${String(error)}`);
    }
  }
}
