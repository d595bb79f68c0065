import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { defaultPayloadConverter } from '@temporalio/common';
import { parseCodecKeys } from '../../codec/codec-keys';
import { AesGcmPayloadCodec } from '../../codec/payload-codec';

const key = (id: string) => ({ id, key: randomBytes(32) });
const payload = (value: unknown) => defaultPayloadConverter.toPayload(value)!;
const text = (b: Uint8Array | null | undefined) => Buffer.from(b ?? new Uint8Array()).toString('utf8');

describe('the payload codec (AES-256-GCM, key id in the metadata)', () => {
  it('encrypts a payload so its data and metadata are not readable, and decrypts it back', async () => {
    const codec = new AesGcmPayloadCodec([key('k1')]);
    const [sealed] = await codec.encode([payload({ lastName: 'Codecova', birthDate: '1987-03-21' })]);
    assert.equal(text(sealed.metadata?.encoding), 'binary/encrypted');
    assert.equal(text(sealed.metadata?.['encryption-key-id']), 'k1');
    assert.equal(text(sealed.data).includes('Codecova'), false);
    assert.equal(text(sealed.data).includes('json/plain'), false, 'the inner encoding is sealed too');
    const [open] = await codec.decode([sealed]);
    assert.deepEqual(defaultPayloadConverter.fromPayload(open), { lastName: 'Codecova', birthDate: '1987-03-21' });
  });

  it('rotates: the newest key encrypts, the older ones still decrypt what they encrypted', async () => {
    const old = key('2026-01');
    const sealedOld = await new AesGcmPayloadCodec([old]).encode([payload('recorded last year')]);
    const rotated = new AesGcmPayloadCodec([key('2026-12'), old]);
    assert.equal(defaultPayloadConverter.fromPayload((await rotated.decode(sealedOld))[0]), 'recorded last year');
    const [sealedNew] = await rotated.encode([payload('recorded today')]);
    assert.equal(text(sealedNew.metadata?.['encryption-key-id']), '2026-12');
    await assert.rejects(new AesGcmPayloadCodec([old]).decode([sealedNew]), /unknown key id 2026-12/, 'a retired key list cannot read it');
  });

  it('refuses a tampered payload; passes through a payload it did not encrypt (histories from before the codec)', async () => {
    const codec = new AesGcmPayloadCodec([key('k1')]);
    const [sealed] = await codec.encode([payload('x')]);
    const data = Buffer.from(sealed.data!);
    data[20] ^= 1;
    await assert.rejects(codec.decode([{ ...sealed, data }]));
    const plain = payload({ old: true });
    assert.deepEqual(await codec.decode([plain]), [plain]);
  });

  it('reads its keys from configuration: id:base64, 32 bytes each, no id twice', () => {
    const k = randomBytes(32).toString('base64');
    assert.deepEqual(parseCodecKeys(`a:${k},b:${k}`).keys.map((x) => x.id), ['a', 'b']);
    assert.match(parseCodecKeys(`a:${randomBytes(16).toString('base64')}`).problems.join(), /16 bytes, not 32/);
    assert.match(parseCodecKeys(`a:${k},a:${k}`).problems.join(), /key a twice/);
    assert.match(parseCodecKeys('').problems.join(), /no key/);
    assert.match(parseCodecKeys('justtext').problems.join(), /not id:base64key/);
  });
});
