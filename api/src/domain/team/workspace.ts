/** Workspace-level settings (name, response-time target, allowed widget origins). */
import { z } from 'zod';
import type { AgentViewer } from '../../auth/viewer.js';
import type { Workspace } from '../../generated/prisma/client.js';
import type { ServiceDeps } from '../deps.js';

const originSchema = z
  .string()
  .trim()
  .max(200)
  .pipe(z.url('Enter an origin such as https://shop.example.com'))
  .transform((value, ctx) => {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      ctx.addIssue({ code: 'custom', message: 'Origins must use http or https' });
      return z.NEVER;
    }
    return url.origin;
  });

export const updateWorkspaceInput = z.object({
  name: z.string().trim().min(1, 'Name your workspace').max(120).nullish(),
  responseTimeTargetSeconds: z
    .number()
    .int()
    .min(30, 'The target must be at least 30 seconds')
    .max(7 * 24 * 3600, 'The target must be at most 7 days')
    .nullish(),
  allowedOrigins: z.array(originSchema).max(50, 'At most 50 origins').nullish(),
});

export class WorkspaceService {
  constructor(private readonly deps: ServiceDeps) {}

  async update(actor: AgentViewer, input: z.output<typeof updateWorkspaceInput>): Promise<Workspace> {
    const workspace = await this.deps.prisma.workspace.update({
      where: { id: actor.workspaceId },
      data: {
        ...(input.name != null && { name: input.name }),
        ...(input.responseTimeTargetSeconds != null && {
          responseTimeTargetSeconds: input.responseTimeTargetSeconds,
        }),
        ...(input.allowedOrigins != null && { allowedOrigins: [...new Set(input.allowedOrigins)] }),
      },
    });
    if (input.allowedOrigins != null) {
      // Widget sockets opened from an origin no longer allowed end now.
      this.deps.events.emit('access.revoked', {
        kind: 'visitorOrigins',
        workspaceId: workspace.id,
        allowedOrigins: workspace.allowedOrigins,
      });
    }
    return workspace;
  }

  /** The `<script>` tag a company pastes into its site. */
  embedSnippet(workspace: Pick<Workspace, 'publicKey'>): string {
    return `<script src="${this.deps.publicUrl()}/widget.js" data-workspace="${workspace.publicKey}" async></script>`;
  }
}
