/**
 * Teammates' presence as the API tells it (`Agent.presence`, then `teamPresence` live): one
 * subscription for the whole shell, read by the status toggle, the reassign menu and Settings →
 * Team. The API decides who is ONLINE, AWAY or OFFLINE; only the viewer's own status also
 * counts its open socket (`own`).
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
  readonly #live: LiveStreams;

  constructor(live: LiveStreams) {
    this.#live = live;
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

  /**
   * The viewer's own presence: while this inbox's socket is up the API counts them online (or
   * away), even when the query ran before the socket was recorded and the change was published
   * before this subscription was listening — so it is not left saying "Offline".
   */
  own(agentId: string, away: boolean, fallback: Presence): Presence {
    const heard = this.of(agentId, fallback);
    if (heard !== 'OFFLINE' || !this.#live.connected) return heard;
    return away ? 'AWAY' : 'ONLINE';
  }

  dispose(): void {
    this.#stop();
  }
}
