/**
 * Brute-force protection for log-in (rate-limiter-flexible's "login endpoint" pattern): failed
 * attempts are counted per email + IP (`logInFailure`) and per IP (`logInFailureIp`). Each
 * attempt takes its point before the password is checked, so parallel requests cannot all slip
 * in; a success forgets the email + IP count and gives the IP's point back, any outcome other
 * than wrong credentials gives both back. Once a count is exhausted, that email + IP (or IP) is
 * refused — even with the right password — until its block ends. Aliases in one request never
 * get this far (auth/sign-in.ts allows one sign-in per request).
 */
import { InvalidCredentialsError } from '../domain/errors.js';
import type { RateCheck, RateLimits } from './limiter.js';

export async function guardLogIn<T>(
  limits: RateLimits,
  email: string,
  ip: string,
  attempt: () => Promise<T>,
): Promise<T> {
  const pair: RateCheck = ['logInFailure', `${email}|${ip}`];
  const byIp: RateCheck = ['logInFailureIp', ip];
  await limits.consume(byIp);
  try {
    await limits.consume(pair);
  } catch (error) {
    await limits.refund(byIp);
    throw error;
  }
  try {
    const result = await attempt();
    await limits.reset(pair);
    await limits.refund(byIp);
    return result;
  } catch (error) {
    if (!(error instanceof InvalidCredentialsError)) await limits.refund(pair, byIp);
    throw error;
  }
}
