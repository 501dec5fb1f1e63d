// Share UI components for the app shell to mount: copy link, link import dialog, recovery banner, import/export menu, printable report.
export { CopyLinkButton, type CopyLinkButtonProps } from './CopyLinkButton';
export { SharedLinkGate, useLinkFragment } from './LinkGate';
export type { LinkImportDialogProps } from './LinkImportDialog';
export type { RecoveryBannerProps } from './RecoveryBanner';
export type { ImportExportMenuProps } from './ImportExportMenu';
export { WorkspaceSummary, ImportChoice } from './WorkspaceSummary';
export { downloadText, clearFragment, pageBaseUrl } from './download';
