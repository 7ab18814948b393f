// The playground's bearer token: found in the document's server security, and sent in the auth
// data of every connect under the property the document names.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { bearerScheme } from '../../main/resources/META-INF/asyncapi-socketio/viewer/document.js';
import { authWithToken } from '../../main/resources/META-INF/asyncapi-socketio/viewer/playground.js';

const secured = (scheme) => ({
  asyncapi: '3.1.0',
  servers: { socketio: { host: 'localhost:9092', protocol: 'socketio', security: [{ $ref: '#/components/securitySchemes/bearerToken' }] } },
  components: { securitySchemes: { bearerToken: scheme } },
});

describe('bearer scheme', () => {
  test('a server that references an http bearer scheme has a token, in the property the scheme names', () => {
    const found = bearerScheme(secured({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', 'x-socketio-auth-property': 'jwt' }));
    assert.equal(found.property, 'jwt');
    assert.equal(found.scheme.bearerFormat, 'JWT');
  });

  test('the property is token when the scheme names none', () => {
    assert.equal(bearerScheme(secured({ type: 'http', scheme: 'Bearer' })).property, 'token');
  });

  test('no token for other schemes, unresolvable references, or servers without security', () => {
    assert.equal(bearerScheme(secured({ type: 'http', scheme: 'basic' })), null);
    assert.equal(bearerScheme(secured({ type: 'httpApiKey', name: 'token', in: 'header' })), null);
    assert.equal(bearerScheme({ servers: { s: { security: [{ $ref: '#/components/securitySchemes/missing' }] } } }), null);
    assert.equal(bearerScheme({ servers: { s: { host: 'x' } } }), null);
    assert.equal(bearerScheme({}), null);
  });
});

describe('auth data with the token', () => {
  test('the token joins the namespace auth payload without changing it', () => {
    const payload = { room: 'lobby' };
    assert.deepEqual(authWithToken(payload, 'abc', 'token'), { room: 'lobby', token: 'abc' });
    assert.deepEqual(payload, { room: 'lobby' });
  });

  test('the token replaces a token typed in the auth payload', () => {
    assert.deepEqual(authWithToken({ token: 'old' }, 'new', 'token'), { token: 'new' });
  });

  test('without a token the auth payload is sent as it is, and nothing when it is empty', () => {
    assert.deepEqual(authWithToken({ room: 'lobby' }, '', 'token'), { room: 'lobby' });
    assert.equal(authWithToken({}, '', 'token'), undefined);
    assert.equal(authWithToken(null, undefined, undefined), undefined);
    assert.deepEqual(authWithToken(null, 'abc', 'token'), { token: 'abc' });
  });
});
