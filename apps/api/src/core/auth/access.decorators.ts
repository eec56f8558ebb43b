import { SetMetadata } from '@nestjs/common';
import { Role } from '@grensportaal/shared-domain';

export const PUBLIC_KEY = 'grensportaal:public';
export const ROLES_KEY = 'grensportaal:roles';

/** Anyone may call this operation, signed in or not. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Only signed-in users with one of these roles may call this operation. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
