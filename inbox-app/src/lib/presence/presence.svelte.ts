/**
 * Teammates' presence as the API tells it (`Agent.presence`, then `teamPresence` live): one
 * subscription for the whole shell, read by the status toggle, the reassign menu and Settings →
 * Team. Nothing is derived here — the API decides who is ONLINE, AWAY or OFFLINE.
 */
import type { LiveStreams } from '../client.svelte';
import { graphql } from '../gql';
import type { Presence } from '../gql/graphql';

export const TeamPresenceSubscription = graphql(`
  subscription InboxTeamPresence {
    teamPresence {
      presence
      agent {
        id
        away
      }
    }
  }
`);

export const presenceLabel: Record<Presence, string> = { ONLINE: 'Online', AWAY: 'Away', OFFLINE: 'Offline' };

export class TeamPresence {
  #known = $state<Record<string, Presence>>({});
  readonly #stop: () => void;

  constructor(live: LiveStreams) {
    this.#stop = live.subscribe(
      TeamPresenceSubscription,
      () => ({}),
      (data) => {
        this.#known = { ...this.#known, [data.teamPresence.agent.id]: data.teamPresence.presence };
      },
    );
  }

  /** What a query said (it is as fresh as the last change heard). */
  seed(agents: readonly { id: string; presence: Presence }[]): void {
    const next = { ...this.#known };
    for (const agent of agents) next[agent.id] = agent.presence;
    this.#known = next;
  }

  of(agentId: string, fallback: Presence = 'OFFLINE'): Presence {
    return this.#known[agentId] ?? fallback;
  }

  dispose(): void {
    this.#stop();
  }
}
