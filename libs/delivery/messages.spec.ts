import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { messagesJsonSchema } from './messages';

describe('the messages schema file', () => {
  it('is made from the schemas the code has (node dist/libs/delivery/messages.js > libs/delivery/messages.schema.json)', () => {
    const file: unknown = JSON.parse(readFileSync(join(__dirname, 'messages.schema.json'), 'utf8'));
    expect(file).toEqual(messagesJsonSchema());
  });
});
