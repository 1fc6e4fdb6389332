/**
 * Auto-assignment (issue 15, part 2): a workspace setting, OFF by default, or ROUND_ROBIN — a new
 * handoff goes to the next available agent (ONLINE: connected and not away, domain/presence)
 * below the workspace's cap of open ASSIGNED conversations; with nobody below the cap it stays
 * QUEUED until someone becomes available or a slot frees (listeners/auto-assignment.ts).
 *
 * Exactly one, even across instances: each assignment is one transaction that first locks the
 * workspace row (`FOR NO KEY UPDATE`: the writers of conversations only take a key-share lock on
 * it, so handoffs are not held up), so two instances never count the same agent's load at the
 * same time; it then moves the conversation through the ownership table's `autoAssign` row (the
 * compare-and-set from QUEUED, domain/conversations/ownership.ts), so events, the "joined"
 * notice, webhooks and metrics follow as for any reassignment.
 */
import { z } from 'zod';
import type { AgentViewer } from '../../auth/viewer.js';
import type { Workspace } from '../../generated/prisma/client.js';
import { withOutbox } from '../conversations/log.js';
import { applyTransition, noticeText, transitions } from '../conversations/ownership.js';
import type { ServiceDeps } from '../deps.js';
import type { PresenceService } from '../presence/presence.js';

export const maxAutoAssignCap = 100;

export const autoAssignmentInput = z.object({
  mode: z.enum(['OFF', 'ROUND_ROBIN']).nullish(),
  cap: z
    .number()
    .int('The cap must be a whole number of conversations')
    .min(1, 'The cap must be at least 1 conversation')
    .max(maxAutoAssignCap, `The cap must be at most ${maxAutoAssignCap} conversations`)
    .nullish(),
});

/** At most this many assignments in one run (a run is started again by the next trigger). */
const maxPerRun = 1000;

export class AssignmentService {
  /** Runs per workspace on this instance: one at a time, once more if asked meanwhile. */
  private readonly running = new Map<string, { again: boolean; done: Promise<void> }>();
  /**
   * The workspaces with auto-assignment on, kept in memory so that the listener costs no
   * statement for the others (most): read at start and again whenever Redis reconnects (changes
   * published meanwhile were lost), changed by every instance's `autoAssignment` publish.
   */
  private enabled: Set<string> | null = null;
  private changes: AsyncIterator<{ workspaceId: string; on: boolean }> | null = null;
  private stopReconnect: (() => void) | null = null;

  constructor(
    private readonly deps: ServiceDeps,
    private readonly presence: PresenceService,
  ) {}

  async start(): Promise<void> {
    const changes = this.deps.pubsub.pubsub.subscribe('autoAssignment')[Symbol.asyncIterator]();
    this.changes = changes;
    void (async () => {
      for (;;) {
        const next = await changes.next();
        if (next.done) return;
        const { workspaceId, on } = next.value;
        if (on) this.enabled?.add(workspaceId);
        else this.enabled?.delete(workspaceId);
      }
    })();
    this.stopReconnect = this.deps.pubsub.onReconnect(() => void this.loadEnabled());
    await this.loadEnabled();
  }

  async stop(): Promise<void> {
    this.stopReconnect?.();
    await this.changes?.return?.();
  }

  private async loadEnabled(): Promise<void> {
    try {
      const rows = await this.deps.prisma.workspace.findMany({
        where: { autoAssignment: 'ROUND_ROBIN' },
        select: { id: true },
      });
      this.enabled = new Set(rows.map((row) => row.id));
    } catch (error) {
      // Unknown for now: every trigger reads the mode in its transaction until the next load.
      this.enabled = null;
      (this.deps.log ?? console.warn)(`auto-assignment: could not read the workspaces that use it: ${String(error)}`);
    }
  }

  async update(actor: AgentViewer, input: z.output<typeof autoAssignmentInput>): Promise<Workspace> {
    const workspace = await this.deps.prisma.workspace.update({
      where: { id: actor.workspaceId },
      data: {
        ...(input.mode != null && { autoAssignment: input.mode }),
        ...(input.cap != null && { autoAssignCap: input.cap }),
      },
    });
    const on = workspace.autoAssignment === 'ROUND_ROBIN';
    if (on) this.enabled?.add(workspace.id);
    else this.enabled?.delete(workspace.id);
    this.deps.pubsub.pubsub.publish('autoAssignment', { workspaceId: workspace.id, on });
    // A new mode or a higher cap may give queued conversations to someone now.
    if (on) await this.assignQueued(workspace.id);
    return workspace;
  }

  /**
   * Assigns the workspace's queued conversations, oldest handoff first, while an available agent
   * is below the cap. Concurrent calls on this instance are coalesced; other instances are
   * serialised by the workspace row lock.
   */
  assignQueued(workspaceId: string): Promise<void> {
    if (this.enabled && !this.enabled.has(workspaceId)) return Promise.resolve();
    const run = this.running.get(workspaceId);
    if (run) {
      run.again = true;
      return run.done;
    }
    const state = { again: false, done: Promise.resolve() };
    state.done = (async () => {
      try {
        do {
          state.again = false;
          for (let i = 0; i < maxPerRun; i++) {
            const outcome = await this.assignOne(workspaceId);
            if (outcome === 'none') break;
          }
        } while (state.again);
      } finally {
        this.running.delete(workspaceId);
      }
    })();
    this.running.set(workspaceId, state);
    return state.done;
  }

  /** One assignment in one transaction: 'assigned', 'retry' (the conversation moved meanwhile) or 'none'. */
  private assignOne(workspaceId: string): Promise<'assigned' | 'retry' | 'none'> {
    return withOutbox(this.deps, workspaceId, async (tx, outbox) => {
      const [settings] = await tx.$queryRaw<{ mode: string; cap: number }[]>`
        SELECT "autoAssignment"::text AS mode, "autoAssignCap" AS cap
          FROM "Workspace" WHERE "id" = ${workspaceId}::uuid FOR NO KEY UPDATE`;
      if (!settings || settings.mode !== 'ROUND_ROBIN') return 'none';
      const conversation = await tx.conversation.findFirst({
        where: { workspaceId, status: 'QUEUED' },
        orderBy: [{ handoffRequestedAt: 'asc' }, { id: 'asc' }],
        select: { id: true },
      });
      if (!conversation) return 'none';
      const candidates = await tx.agent.findMany({
        where: {
          workspaceId,
          deactivatedAt: null,
          away: false,
          connections: { some: { seenAt: { gt: this.presence.cutoff() } } },
        },
        select: {
          id: true,
          name: true,
          _count: { select: { assigned: { where: { status: 'ASSIGNED' } } } },
        },
        orderBy: [{ lastAutoAssignedAt: { sort: 'asc', nulls: 'first' } }, { createdAt: 'asc' }, { id: 'asc' }],
      });
      const agent = candidates.find((c) => c._count.assigned < settings.cap);
      if (!agent) return 'none';
      const applied = await applyTransition(tx, outbox, {
        conversationId: conversation.id,
        rule: transitions.autoAssign,
        where: { workspaceId },
        assigneeId: agent.id,
        assigneeName: agent.name,
        actor: null,
        notice: noticeText('joined', { assignee: agent.name, previous: null, returning: false }),
      });
      if (!applied) return 'retry';
      await tx.agent.update({ where: { id: agent.id }, data: { lastAutoAssignedAt: new Date() } });
      return 'assigned';
    });
  }
}
