import type { ServiceDeps } from './context.js';
import { TeamService } from './team.js';
import { WorkspaceService } from './workspace.js';

export type { ServiceDeps };

export interface Services {
  team: TeamService;
  workspace: WorkspaceService;
}

export function createServices(deps: ServiceDeps): Services {
  return {
    team: new TeamService(deps),
    workspace: new WorkspaceService(deps),
  };
}
