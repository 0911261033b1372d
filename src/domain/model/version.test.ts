import packageJson from '../../../package.json';
import { TOOL_VERSION } from './version';

it('records the same tool version as package.json', () => {
  expect(TOOL_VERSION).toBe(packageJson.version);
});
