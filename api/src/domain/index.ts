import type { ServiceDeps } from './deps.js';
import { ApiKeyService } from './api-keys/api-keys.js';
import { AssistantSettingsService } from './assistant/settings.js';
import { ConversationStreams } from './conversations/streams.js';
import { MessageService } from './conversations/messages.js';
import { OwnershipService } from './conversations/ownership.js';
import { CustomActionService } from './actions/custom-actions.js';
import { ContentGapService } from './knowledge/content-gaps.js';
import { HandoffService } from './handoff/handoff.js';
import { HandoffTopicService } from './handoff/topics.js';
import { KnowledgeService } from './knowledge/knowledge.js';
import { ResponseClock } from './conversations/response-clock.js';
import { TeamService } from './team/team.js';
import { UsageService } from './assistant/usage.js';
import { VisitorSessions } from './widget/visitor-sessions.js';
import { WidgetService } from './widget/widget.js';
import { WorkspaceService } from './team/workspace.js';
import { WebhookService } from './webhooks/webhooks.js';
import { WebhookDeliveries } from './webhooks/deliveries.js';
import type { RateLimits } from '../limits/limiter.js';
import { WidgetSessionLimit } from '../limits/widget-sessions.js';
import { AssignmentService } from './assignment/assignment.js';
import { PresenceService } from './presence/presence.js';

export type { ServiceDeps };

export interface Services {
  team: TeamService;
  apiKeys: ApiKeyService;
  workspace: WorkspaceService;
  customActions: CustomActionService;
  widget: WidgetService;
  visitorSessions: VisitorSessions;
  messages: MessageService;
  ownership: OwnershipService;
  handoff: HandoffService;
  streams: ConversationStreams;
  responseClock: ResponseClock;
  knowledge: KnowledgeService;
  assistantSettings: AssistantSettingsService;
  usage: UsageService;
  handoffTopics: HandoffTopicService;
  contentGaps: ContentGapService;
  /** Webhook endpoints, test events, redeliveries. */
  webhooks: WebhookService;
  /** This instance's worker of the webhook queue. */
  webhookDeliveries: WebhookDeliveries;
  /** Rate limits, checked before the service call they protect (limits/). */
  limits: RateLimits;
  widgetSessionLimit: WidgetSessionLimit;
  /** Who of the team is online, away or offline (domain/presence). */
  presence: PresenceService;
  /** Auto-assignment of queued conversations (domain/assignment). */
  assignment: AssignmentService;
}

export function createServices(deps: ServiceDeps): Services {
  const customActions = new CustomActionService(deps);
  const knowledge = new KnowledgeService(deps);
  const visitorSessions = new VisitorSessions(deps);
  const presence = new PresenceService(deps);
  return {
    presence,
    assignment: new AssignmentService(deps, presence),
    team: new TeamService(deps),
    apiKeys: new ApiKeyService(deps),
    workspace: new WorkspaceService(deps),
    customActions,
    widget: new WidgetService(deps, visitorSessions),
    visitorSessions,
    messages: new MessageService(deps),
    ownership: new OwnershipService(deps),
    handoff: new HandoffService(deps, customActions),
    streams: new ConversationStreams(deps),
    responseClock: new ResponseClock(deps),
    knowledge,
    assistantSettings: new AssistantSettingsService(deps),
    usage: new UsageService(deps),
    handoffTopics: new HandoffTopicService(deps),
    contentGaps: new ContentGapService(deps, knowledge),
    webhooks: new WebhookService(deps),
    webhookDeliveries: new WebhookDeliveries(deps),
    limits: deps.limits,
    widgetSessionLimit: new WidgetSessionLimit(deps.limits, deps.tokens, visitorSessions),
  };
}
