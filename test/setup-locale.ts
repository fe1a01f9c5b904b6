/** Every unit test starts with the interface in English (the fake browser has no i18n of its own). */
import { beforeEach } from 'vitest';
import { useLocale } from './locales';

beforeEach(() => useLocale('en'));
