/**
 * A private speech-dispatcher for the read-aloud e2e tests: Debian's configuration with audio sent to
 * libao's null driver. The machines have no sound card: with the default output (PulseAudio) the first
 * utterance fails, the espeak-ng module dies and the shared daemon lists no voices any more. This one
 * speaks into the void, so utterances start and end as on a desktop, and it goes away with the tests.
 * Chromium finds it through SPEECHD_ADDRESS.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const SPEECH_DISPATCHER = '/usr/bin/speech-dispatcher';

export interface SpeechDispatcher {
  /** For the SPEECHD_ADDRESS environment variable. */
  address: string;
  close(): Promise<void>;
}

export async function startSpeechDispatcher(): Promise<SpeechDispatcher> {
  if (!existsSync(SPEECH_DISPATCHER) || !existsSync('/etc/speech-dispatcher')) {
    throw new Error('speech-dispatcher is not installed (apt-get install speech-dispatcher speech-dispatcher-espeak-ng espeak-ng)');
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'cnr-speechd-'));
  const config = path.join(dir, 'config');
  const home = path.join(dir, 'home');
  cpSync('/etc/speech-dispatcher', config, { recursive: true });
  appendFileSync(path.join(config, 'speechd.conf'), '\nAudioOutputMethod "libao"\n');
  mkdirSync(home);
  writeFileSync(path.join(home, '.libao'), 'default_driver=null\n');
  const socket = path.join(dir, 'speechd.sock');
  const daemon: ChildProcess = spawn(SPEECH_DISPATCHER, [
    '--run-single', '--config-dir', config, '--communication-method', 'unix_socket', '--socket-path', socket, '--timeout', '600',
  ], { env: { ...process.env, HOME: home, XDG_RUNTIME_DIR: dir }, stdio: 'ignore' });
  const deadline = Date.now() + 15_000;
  while (!existsSync(socket)) {
    if (daemon.exitCode !== null || Date.now() > deadline) {
      daemon.kill();
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`speech-dispatcher did not start (exit ${daemon.exitCode})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    address: `unix_socket:${socket}`,
    async close() {
      if (daemon.exitCode === null) {
        const exited = new Promise((resolve) => daemon.once('exit', resolve));
        daemon.kill();
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
