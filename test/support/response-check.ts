import type { NestExpressApplication } from '@nestjs/platform-express';
import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { NextFunction, Request, Response } from 'express';
import { buildApiDocument } from '../../apps/api/src/openapi-document';

type Schema = Record<string, unknown>;

/**
 * Checks every JSON answer of the API against the OpenAPI document, strictly: a field the schema does not declare
 * fails too. Opt-in (OPENAPI_RESPONSE_CHECK=1 with any end-to-end test), since it is a check of the document rather
 * than of the behaviour: `TestStack.stop()` then fails naming each answer that did not match.
 */
export class ResponseCheck {
  readonly failures = new Set<string>();
  private readonly validators = new Map<string, ValidateFunction | null>();
  private document: {
    paths: Record<
      string,
      Record<string, { responses: Record<string, { content?: Record<string, { schema?: Schema }> }> }>
    >;
  } | null = null;
  private ajv: Ajv | null = null;

  constructor(private readonly app: NestExpressApplication) {}

  /** Before `app.init()`, so that it wraps every route's answer. */
  install(): void {
    this.app.use((req: Request, res: Response, next: NextFunction) => {
      const json = res.json.bind(res);
      res.json = (body: unknown) => {
        this.check(req, res.statusCode, body === undefined ? body : JSON.parse(JSON.stringify(body))); // as sent: dates as strings
        return json(body);
      };
      next();
    });
  }

  private check(req: Request, status: number, body: unknown): void {
    const route = (req.route as { path?: string } | undefined)?.path;
    if (!route) return; // not a controller's answer (404 of an unknown path, static files)
    const template = route.replace(/:(\w+)/g, '{$1}');
    if (!this.openApi().paths[template]) return; // a route the document leaves out (the console's fallback)
    const key = `${req.method} ${template} ${status}`;
    const validate = this.validator(req.method.toLowerCase(), template, status, key);
    if (validate && !validate(body)) {
      const [first] = validate.errors ?? [];
      this.failures.add(
        `${key}: ${first?.instancePath || '(body)'} ${first?.message ?? ''} ${JSON.stringify(first?.params ?? {})}`,
      );
    }
  }

  private openApi() {
    if (!this.document) {
      this.document = buildApiDocument(this.app) as unknown as NonNullable<ResponseCheck['document']>;
      this.ajv = new Ajv({ strict: false, allErrors: false });
      addFormats(this.ajv);
      this.ajv.addSchema({
        $id: 'openapi',
        components: strictSchema((this.document as unknown as { components: Schema }).components),
      });
    }
    return this.document;
  }

  private validator(method: string, template: string, status: number, key: string): ValidateFunction | null {
    if (this.validators.has(key)) return this.validators.get(key)!;
    const responses = this.openApi().paths[template]?.[method]?.responses;
    const declared = responses?.[String(status)] ?? responses?.[`${String(status)[0]}XX`];
    let validate: ValidateFunction | null = null;
    if (!declared) this.failures.add(`${key}: status not declared`);
    else {
      const schema = declared.content?.['application/json']?.schema;
      if (schema)
        validate = this.ajv!.compile(
          JSON.parse(JSON.stringify(strictSchema(schema)).replace(/"#\/components/g, '"openapi#/components')),
        );
    }
    this.validators.set(key, validate);
    return validate;
  }
}

/**
 * The document's schemas as JSON Schema, strictly: objects with declared properties take no others; `nullable` with a
 * `$ref` (Nest writes `allOf`) or an enum admits null, as OpenAPI 3.0 tools read it.
 */
function strictSchema(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strictSchema);
  if (!value || typeof value !== 'object') return value;
  const schema: Schema = Object.fromEntries(
    Object.entries(value).map(([k, v]) => [
      k,
      k === 'properties'
        ? Object.fromEntries(Object.entries(v as Schema).map(([p, s]) => [p, strictSchema(s)]))
        : strictSchema(v),
    ]),
  );
  if (schema.properties && schema.additionalProperties === undefined) schema.additionalProperties = false;
  if (schema.nullable && Array.isArray(schema.enum) && !schema.enum.includes(null))
    schema.enum = [...schema.enum, null];
  if (schema.nullable && schema.allOf) {
    const { nullable: _nullable, allOf, type: _type, ...rest } = schema;
    return { ...rest, anyOf: [{ type: 'null' }, { allOf }] };
  }
  return schema;
}
