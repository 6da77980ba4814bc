// At app start: if a registration job is unfinished, start the runner so it resumes (polls, or
// checks an interrupted upload) without the list being opened. Reads only the stored jobs; the
// runner, the Partner Center client and MSAL load only when there is such a job.
import { getApp } from '../../../app';

const DONE = new Set(['finished', 'finished-with-errors', 'failed']);

export async function resumeRegistrationJobs(): Promise<void> {
  const opened = await getApp();
  if (!opened.ok) return;
  const jobs = await opened.value.store.getRegistrationJobs();
  if (!jobs.ok || !jobs.value.some((job) => !DONE.has(job.state))) return;
  const [{ signIn }, { registrationService }] = await Promise.all([import('../../state/sign-in.svelte'), import('../../../app/registration')]);
  registrationService(opened.value, signIn);
}
