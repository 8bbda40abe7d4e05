export * from './court-document';
