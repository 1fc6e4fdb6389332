/**
 * The limits every GraphQL document meets before it runs, over HTTP and WebSocket alike (both
 * validate through Yoga's envelop): graphql-armor for size (depth, aliases, directives, tokens)
 * and the query cost with the request's variables (schema/query-cost.ts, page sizes from
 * schema/pagination.ts). Each rejection is a validation error with its own `extensions.code`,
 * so HTTP answers 400 to clients accepting application/graphql-response+json.
 */
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { createComplexityRule } from '@pothos/plugin-complexity';
import { GraphQLError, validate, type ValidationContext } from 'graphql';
import type { GraphQLParams, Plugin } from 'graphql-yoga';
import { maxQueryCost } from '../schema/query-cost.js';

export const documentLimits = { maxDepth: 12, maxAliases: 20, maxDirectives: 20, maxTokens: 3000 };

/** Reports an armor rejection as a validation error with `code` (armor would throw it). */
const reportAs =
  (code: string) =>
  (context: ValidationContext | null, error: GraphQLError): void => {
    context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code } }));
  };

function documentSizeLimits(): Plugin {
  return EnvelopArmorPlugin({
    maxDepth: { n: documentLimits.maxDepth, propagateOnRejection: false, onReject: [reportAs('QUERY_TOO_DEEP')] },
    maxAliases: { n: documentLimits.maxAliases, propagateOnRejection: false, onReject: [reportAs('TOO_MANY_ALIASES')] },
    maxDirectives: {
      n: documentLimits.maxDirectives,
      propagateOnRejection: false,
      onReject: [reportAs('TOO_MANY_DIRECTIVES')],
    },
    // Counted while parsing: refused as a parse error (GRAPHQL_PARSE_FAILED).
    maxTokens: { n: documentLimits.maxTokens },
    // The cost below reads variables; armor's does not.
    costLimit: { enabled: false },
    // Suggestions are stripped from every error in one place (error-suggestions.ts).
    blockFieldSuggestion: { enabled: false },
  });
}

/** A GraphQL-over-HTTP request error: 400 for application/graphql-response+json, 200 for JSON. */
const asRequestError = (error: GraphQLError) =>
  new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions: { ...error.extensions, http: { spec: true, status: 400 } },
  });

/**
 * The query cost, measured during validation with this request's variables and operation name
 * (Yoga puts the request's params on the envelop context, graphql-ws.ts does the same), once the
 * document passed every other rule. A page size out of range is refused here too (PageSizeError,
 * thrown while measuring).
 */
function queryCostLimit(): Plugin {
  return {
    onValidate({ context, params: { schema, documentAST } }) {
      const params = (context as { params?: Partial<GraphQLParams> }).params;
      const rule = createComplexityRule({
        context,
        variableValues: params?.variables ?? {},
        operationName: params?.operationName ?? undefined,
        validate: ({ complexity }, report) => {
          if (complexity <= maxQueryCost) return;
          report(
            new GraphQLError(
              `This query costs ${complexity}, more than the maximum of ${maxQueryCost}: ask for smaller pages or fewer fields.`,
              { extensions: { code: 'QUERY_TOO_COSTLY', cost: complexity, maxCost: maxQueryCost } },
            ),
          );
        },
      });
      return ({ valid, setResult }) => {
        if (!valid) return;
        const errors = validate(schema, documentAST, [rule]);
        // Yoga marks validation errors for HTTP before this runs: these are marked here.
        if (errors.length > 0) setResult(errors.map(asRequestError));
      };
    },
  };
}

/** The plugins, in order; the validation cache must be off (results depend on variables). */
export function queryLimitPlugins(): Plugin[] {
  return [documentSizeLimits(), queryCostLimit()];
}
