import type { ServiceDeps } from './context.js';
import { AssistantSettingsService } from './assistant-settings.js';
import { ConversationStreams } from './conversation-stream.js';
import { ConversationService } from './conversations.js';
import { CustomActionService } from './custom-actions.js';
import { ContentGapService } from './content-gaps.js';
import { HandoffService } from './handoff.js';
import { HandoffTopicService } from './handoff-topics.js';
import { KnowledgeService } from './knowledge.js';
import { ResponseClock } from './response-clock.js';
import { TeamService } from './team.js';
import { UsageService } from './usage.js';
import { WidgetService } from './widget.js';
import { WorkspaceService } from './workspace.js';

export type { ServiceDeps };

export interface Services {
  team: TeamService;
  workspace: WorkspaceService;
  customActions: CustomActionService;
  widget: WidgetService;
  conversations: ConversationService;
  handoff: HandoffService;
  streams: ConversationStreams;
  responseClock: ResponseClock;
  knowledge: KnowledgeService;
  assistantSettings: AssistantSettingsService;
  usage: UsageService;
  handoffTopics: HandoffTopicService;
  contentGaps: ContentGapService;
}

export function createServices(deps: ServiceDeps): Services {
  const customActions = new CustomActionService(deps);
  const conversations = new ConversationService(deps);
  const knowledge = new KnowledgeService(deps);
  return {
    team: new TeamService(deps),
    workspace: new WorkspaceService(deps),
    customActions,
    widget: new WidgetService(deps),
    conversations,
    handoff: new HandoffService(deps, conversations, customActions),
    streams: new ConversationStreams(deps, conversations),
    responseClock: new ResponseClock(deps),
    knowledge,
    assistantSettings: new AssistantSettingsService(deps),
    usage: new UsageService(deps),
    handoffTopics: new HandoffTopicService(deps),
    contentGaps: new ContentGapService(deps, knowledge),
  };
}
