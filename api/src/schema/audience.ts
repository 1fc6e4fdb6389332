/**
 * Who a subscription event's result is the same for. A subscription field may declare an
 * audience: a function of the subscriber's context that names a group (e.g. "visitor", "agent")
 * whose members all get the same result for the same event, because nothing in the field's
 * selection depends on anything else about the viewer. The event is then executed once per
 * audience and selection, not once per subscriber (http/shared-execution.ts). Fields without one
 * are executed per subscriber.
 */
import type { GraphQLField } from 'graphql';
import type { Context } from '../context.js';

export type Audience = (ctx: Context) => string;

const audienceKey = 'batonAudience';

/** `extensions` for a subscription field whose results are shared by the audience `audience` names. */
export function sharedBy(audience: Audience): Record<string, unknown> {
  return { [audienceKey]: audience };
}

/** The audience a subscription field declared, if any. */
export function audienceOf(field: GraphQLField<unknown, unknown>): Audience | undefined {
  const audience = field.extensions[audienceKey];
  return typeof audience === 'function' ? (audience as Audience) : undefined;
}
