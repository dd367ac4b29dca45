import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../../utils/background/router';

export default defineBackground(() => {
  startBackground();
});
