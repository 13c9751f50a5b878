import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  // The README's Vue note: the story-* tags are custom elements, not Vue components.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('story-') } } })],
  build: { rollupOptions: { input: ['index.html', 'vue.html'] } },
});
