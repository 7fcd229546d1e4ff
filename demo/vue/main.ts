// Indikator in Vue 3.5: the library registers its elements before Vue mounts, so Vue sets `:data`
// as the element's property.
import { createApp } from 'vue';
import 'indikator/define.js';
import App from './App.vue';

createApp(App).mount('#app');
