import assert from 'node:assert/strict';
import { test } from 'node:test';
import { admitSignIn, defaultThrottlePolicy, TooManyAttemptsError } from './sign-in-throttle.ts';

const policy = defaultThrottlePolicy;
const at = (minute: number) => new Date(Date.UTC(2026, 2, 2, 9, minute)).toISOString();
const minutes = (n: number, from = 0) => Array.from({ length: n }, (_, i) => at(from + i));

test('below both limits an attempt is admitted', () => {
  assert.doesNotThrow(() => admitSignIn({ account: minutes(4), address: minutes(19) }, policy, new Date(at(20))));
});

test('the fifth failure of an account locks it until the oldest counted one leaves the window', () => {
  const now = new Date(at(10));
  assert.throws(
    () => admitSignIn({ account: minutes(5, 1), address: [] }, policy, now),
    (error: unknown) => {
      assert.ok(error instanceof TooManyAttemptsError);
      assert.equal(error.code, 'too_many_attempts');
      assert.equal(error.status, 429);
      assert.equal(error.retryAt.toISOString(), at(16), 'first failure at :01 + 15 minutes');
      assert.equal(error.message, 'Zu viele fehlgeschlagene Anmeldeversuche. Bitte versuchen Sie es in 6 Minuten noch einmal.');
      assert.equal(error.retryAfterSeconds, 360);
      return true;
    },
  );
});

test('with more failures than the limit, the lock lasts until enough have left the window', () => {
  assert.throws(() => admitSignIn({ account: minutes(7, 0), address: [] }, policy, new Date(at(16))), (error: TooManyAttemptsError) =>
    error.retryAt.toISOString() === at(17),
  );
});

test('twenty failures from one address lock it for every account', () => {
  assert.throws(
    () => admitSignIn({ account: [], address: minutes(20, 0) }, policy, new Date(at(14))),
    (error: TooManyAttemptsError) => error.retryAt.toISOString() === at(15) && /in einer Minute/.test(error.message),
  );
});

test('when both are locked, the later unlock counts', () => {
  assert.throws(
    () => admitSignIn({ account: minutes(5, 3), address: minutes(20, 0) }, policy, new Date(at(10))),
    (error: TooManyAttemptsError) => error.retryAt.toISOString() === at(18),
  );
});
