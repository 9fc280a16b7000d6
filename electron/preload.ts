// Runs sandboxed with context isolation: it may only require('electron'), so it is bundled to one
// CommonJS file (electron.vite.config.ts). It exposes the host contract and the shell's events, nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { createCaseworkBridge, createCaseworkEvents } from './security/bridge';

contextBridge.exposeInMainWorld(
  'casework',
  createCaseworkBridge((channel, payload) => ipcRenderer.invoke(channel, payload)),
);

contextBridge.exposeInMainWorld(
  'caseworkEvents',
  createCaseworkEvents({
    on: (channel, listener) => ipcRenderer.on(channel, listener),
    send: (channel, ...args) => ipcRenderer.send(channel, ...args),
  }),
);
