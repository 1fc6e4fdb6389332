/** Workspace-level settings (name, response-time target, allowed widget origins, visitor identity verification). */
import { z } from 'zod';
import type { AgentViewer } from '../../auth/viewer.js';
import type { Workspace } from '../../generated/prisma/client.js';
import type { ServiceDeps } from '../deps.js';
import { ValidationError } from '../errors.js';
import { generateIdentitySecret } from '../widget/identity.js';

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
  identityVerificationRequired: z.boolean().nullish(),
});

export class WorkspaceService {
  constructor(private readonly deps: ServiceDeps) {}

  async update(actor: AgentViewer, input: z.output<typeof updateWorkspaceInput>): Promise<Workspace> {
    if (input.identityVerificationRequired) {
      const { identitySecret } = await this.deps.prisma.workspace.findUniqueOrThrow({
        where: { id: actor.workspaceId },
        select: { identitySecret: true },
      });
      if (!identitySecret) {
        throw ValidationError.single(
          'input.identityVerificationRequired',
          'Generate an identity secret first: your server signs identities with it.',
        );
      }
    }
    const workspace = await this.deps.prisma.workspace.update({
      where: { id: actor.workspaceId },
      data: {
        ...(input.name != null && { name: input.name }),
        ...(input.responseTimeTargetSeconds != null && {
          responseTimeTargetSeconds: input.responseTimeTargetSeconds,
        }),
        ...(input.allowedOrigins != null && { allowedOrigins: [...new Set(input.allowedOrigins)] }),
        ...(input.identityVerificationRequired != null && {
          identityVerificationRequired: input.identityVerificationRequired,
        }),
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

  /**
   * A new identity secret (owner/admin; the schema checks the role): the company's server signs
   * visitor identities with it (domain/widget/identity.ts). Signatures made with the previous
   * secret stop being accepted at once; visitors verified before stay verified.
   */
  rotateIdentitySecret(actor: AgentViewer): Promise<Workspace> {
    return this.deps.prisma.workspace.update({
      where: { id: actor.workspaceId },
      data: { identitySecret: generateIdentitySecret() },
    });
  }

  /** The `<script>` tag a company pastes into its site. */
  embedSnippet(workspace: Pick<Workspace, 'publicKey'>): string {
    return `<script src="${this.deps.publicUrl()}/widget.js" data-workspace="${workspace.publicKey}" async></script>`;
  }
}
