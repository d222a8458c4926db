import type { APIMessage } from 'discord-api-types/v10';
import type { ApiError } from './errors.js';
import { ERRORS } from './errors.js';

type Path = readonly (string | number)[];

interface Problem {
  readonly path: Path;
  readonly code: string;
  readonly message: string;
}

const IS_COMPONENTS_V2 = 1 << 15;
const EMBED_TOTAL_LIMIT = 6000;

/** Collects field problems and renders them as Discord's nested Invalid Form Body `errors`. */
class Problems {
  private readonly found: Problem[] = [];

  maxLength(path: Path, value: unknown, max: number): void {
    if (typeof value === 'string' && value.length > max) {
      this.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
    }
  }

  requiredText(path: Path, value: unknown, max: number): void {
    if (typeof value !== 'string' || value.length === 0) {
      this.add(path, 'BASE_TYPE_REQUIRED', 'This field is required');
    } else {
      this.maxLength(path, value, max);
    }
  }

  maxItems(path: Path, value: unknown, max: number): void {
    if (Array.isArray(value) && value.length > max) {
      this.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
    }
  }

  add(path: Path, code: string, message: string): void {
    this.found.push({ path, code, message });
  }

  toError(): ApiError | undefined {
    if (this.found.length === 0) return undefined;
    const errors: Record<string, any> = {};
    for (const problem of this.found) {
      let node = errors;
      for (const key of problem.path) node = node[key] ??= {};
      (node._errors ??= []).push({ code: problem.code, message: problem.message });
    }
    return ERRORS.invalidFormBody(errors);
  }
}

function list(value: unknown): readonly any[] {
  return Array.isArray(value) ? value : [];
}

function hasMessageContent(body: any, fileCount: number): boolean {
  return (
    (typeof body?.content === 'string' && body.content.trim().length > 0) ||
    list(body?.embeds).length > 0 ||
    list(body?.components).length > 0 ||
    list(body?.sticker_ids).length > 0 ||
    list(body?.attachments).length > 0 ||
    body?.poll !== undefined ||
    fileCount > 0
  );
}

/**
 * Checks a message body against Discord's limits: content 2000, 10 embeds of 6000 characters in total (title
 * 256, description 4096, 25 fields of 256/1024, footer 2048, author 256), 5 action rows of 5 components,
 * custom_id 100, button label 80, select options 25, nonce 25, allowed_mentions consistency. `requireContent`
 * also rejects an empty message (50006).
 */
export function validateMessage(
  body: any,
  options: { requireContent: boolean; fileCount?: number },
): ApiError | undefined {
  if (options.requireContent && !hasMessageContent(body, options.fileCount ?? 0)) {
    return ERRORS.emptyMessage();
  }
  const problems = new Problems();
  problems.maxLength(['content'], body?.content, 2000);
  checkEmbeds(problems, body?.embeds);
  checkComponents(problems, body?.components, ((body?.flags ?? 0) & IS_COMPONENTS_V2) !== 0);
  checkAllowedMentions(problems, body?.allowed_mentions);
  if (body?.nonce !== undefined && body.nonce !== null) {
    if (typeof body.nonce === 'string') {
      problems.maxLength(['nonce'], body.nonce, 25);
    } else if (!Number.isInteger(body.nonce)) {
      problems.add(['nonce'], 'NONCE_TYPE_INVALID', 'Nonce must be a string or integer.');
    }
  }
  return problems.toError();
}

function checkEmbeds(problems: Problems, embeds: unknown): void {
  problems.maxItems(['embeds'], embeds, 10);
  let total = 0;
  list(embeds).forEach((embed, index) => {
    const at = (...rest: (string | number)[]): Path => ['embeds', index, ...rest];
    problems.maxLength(at('title'), embed?.title, 256);
    problems.maxLength(at('description'), embed?.description, 4096);
    problems.maxLength(at('footer', 'text'), embed?.footer?.text, 2048);
    problems.maxLength(at('author', 'name'), embed?.author?.name, 256);
    problems.maxItems(at('fields'), embed?.fields, 25);
    list(embed?.fields).forEach((field, fieldIndex) => {
      problems.requiredText(at('fields', fieldIndex, 'name'), field?.name, 256);
      problems.requiredText(at('fields', fieldIndex, 'value'), field?.value, 1024);
      total += textLength(field?.name) + textLength(field?.value);
    });
    total += [embed?.title, embed?.description, embed?.footer?.text, embed?.author?.name].reduce(
      (sum: number, text) => sum + textLength(text),
      0,
    );
  });
  if (total > EMBED_TOTAL_LIMIT) {
    problems.add(
      ['embeds'],
      'MAX_EMBED_SIZE_EXCEEDED',
      `Embed size exceeds maximum size of ${EMBED_TOTAL_LIMIT}`,
    );
  }
}

function textLength(value: unknown): number {
  return typeof value === 'string' ? value.length : 0;
}

const BUTTON = 2;
const LINK_STYLES = [5, 6]; // link and premium buttons carry no custom_id
const INTERACTIVE = [2, 3, 5, 6, 7, 8]; // buttons and the select menus

function checkComponents(problems: Problems, components: unknown, componentsV2: boolean): void {
  const seen = new Set<string>();
  const walk = (component: any, path: Path): void => {
    if (INTERACTIVE.includes(component?.type)) checkInteractive(problems, component, path, seen);
    const children = list(component?.components);
    if (component?.type === 1 && !componentsV2) problems.maxItems([...path, 'components'], children, 5);
    children.forEach((child, index) => walk(child, [...path, 'components', index]));
    if (component?.accessory !== undefined) walk(component.accessory, [...path, 'accessory']);
  };
  if (!componentsV2) problems.maxItems(['components'], components, 5);
  list(components).forEach((component, index) => walk(component, ['components', index]));
}

function checkInteractive(problems: Problems, component: any, path: Path, seen: Set<string>): void {
  const customId: unknown = component.custom_id;
  const at: Path = [...path, 'custom_id'];
  if (component.type === BUTTON && LINK_STYLES.includes(component.style)) {
    if (customId !== undefined) {
      problems.add(at, 'BUTTON_COMPONENT_CUSTOM_ID_WITH_URL', 'A link button cannot have a custom_id');
    }
  } else {
    problems.requiredText(at, customId, 100);
  }
  if (typeof customId === 'string') {
    if (seen.has(customId)) {
      problems.add(at, 'COMPONENT_CUSTOM_ID_DUPLICATED', 'Component custom id cannot be duplicated');
    }
    seen.add(customId);
  }
  if (component.type === BUTTON) {
    problems.maxLength([...path, 'label'], component.label, 80);
  } else {
    problems.maxItems([...path, 'options'], component.options, 25);
    problems.maxLength([...path, 'placeholder'], component.placeholder, 150);
  }
}

function checkAllowedMentions(problems: Problems, allowed: any): void {
  if (allowed === undefined || allowed === null) return;
  const parse = list(allowed.parse);
  for (const kind of ['users', 'roles'] as const) {
    if (parse.includes(kind) && list(allowed[kind]).length > 0) {
      problems.add(
        ['allowed_mentions'],
        'MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE',
        `parse:["${kind}"] and ${kind}: [ids...] are mutually exclusive.`,
      );
    }
  }
}

/** An edit that would leave a message with nothing in it is refused like an empty send (50006). */
export function validateEditResult(message: APIMessage, body: any, fileCount: number): ApiError | undefined {
  const after = (key: 'content' | 'embeds' | 'components' | 'attachments'): unknown =>
    body !== null && typeof body === 'object' && key in body ? body[key] : message[key];
  const content = after('content');
  const empty =
    (typeof content !== 'string' || content.trim() === '') &&
    list(after('embeds')).length === 0 &&
    list(after('components')).length === 0 &&
    list(after('attachments')).length === 0 &&
    fileCount === 0;
  return empty ? ERRORS.emptyMessage() : undefined;
}

/** Autocomplete results: at most 25 choices, names of 1–100 characters, string values of at most 100. */
export function validateChoices(data: any): ApiError | undefined {
  const problems = new Problems();
  const choices: unknown = data?.choices;
  if (!Array.isArray(choices)) {
    problems.add(['data', 'choices'], 'BASE_TYPE_REQUIRED', 'This field is required');
  }
  problems.maxItems(['data', 'choices'], choices, 25);
  list(choices).forEach((choice, index) => {
    problems.requiredText(['data', 'choices', index, 'name'], choice?.name, 100);
    if (typeof choice?.value === 'string') {
      problems.maxLength(['data', 'choices', index, 'value'], choice.value, 100);
    } else if (typeof choice?.value !== 'number')
      problems.add(['data', 'choices', index, 'value'], 'BASE_TYPE_REQUIRED', 'This field is required');
  });
  return problems.toError();
}

/** A modal: custom_id of at most 100, a title of at most 45, one to five top-level components. */
export function validateModal(data: any): ApiError | undefined {
  const problems = new Problems();
  problems.requiredText(['data', 'custom_id'], data?.custom_id, 100);
  problems.requiredText(['data', 'title'], data?.title, 45);
  if (list(data?.components).length === 0) {
    problems.add(['data', 'components'], 'BASE_TYPE_REQUIRED', 'This field is required');
  }
  problems.maxItems(['data', 'components'], data?.components, 5);
  return problems.toError();
}

const COMMAND_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

/** An application command: Discord's name rules, descriptions of 1–100, 25 options, 25 choices each. */
export function validateCommand(command: any, path: Path = []): ApiError | undefined {
  const problems = new Problems();
  checkCommand(problems, command, path);
  return problems.toError();
}

function checkCommand(problems: Problems, command: any, path: Path): void {
  const chatInput = (command?.type ?? 1) === 1;
  checkName(problems, [...path, 'name'], command?.name, chatInput);
  if (chatInput) problems.requiredText([...path, 'description'], command?.description, 100);
  checkOptions(problems, [...path, 'options'], command?.options);
}

function checkName(problems: Problems, path: Path, name: unknown, chatInput: boolean): void {
  if (typeof name !== 'string' || name.length === 0) {
    problems.add(path, 'BASE_TYPE_REQUIRED', 'This field is required');
  } else if (chatInput && (!COMMAND_NAME.test(name) || name !== name.toLowerCase())) {
    problems.add(path, 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
  } else {
    problems.maxLength(path, name, 32);
  }
}

function checkOptions(problems: Problems, path: Path, options: unknown): void {
  problems.maxItems(path, options, 25);
  list(options).forEach((option, index) => {
    const at: Path = [...path, index];
    checkName(problems, [...at, 'name'], option?.name, true);
    problems.requiredText([...at, 'description'], option?.description, 100);
    problems.maxItems([...at, 'choices'], option?.choices, 25);
    if (option?.autocomplete === true && list(option?.choices).length > 0) {
      problems.add(
        [...at, 'autocomplete'],
        'APPLICATION_COMMAND_OPTION_AUTOCOMPLETE_AND_CHOICES',
        'Autocomplete cannot be set with choices',
      );
    }
    checkOptions(problems, [...at, 'options'], option?.options);
  });
}
