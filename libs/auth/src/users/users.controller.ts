import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal } from '../decorators';
import { Permission } from '../permissions';
import { Principal } from '../principal';
import { AssignMembershipDto, CreateUserDto, ResetPasswordDto, ResetPinDto, UserListQueryDto } from './dto/create-user.dto';
import { ActivationLinkDto, CreatedUserDto, UserDto } from './dto/user.dto';
import { MembershipsService } from './memberships.service';
import { UserAccountsService } from './user-accounts.service';
import { UsersService } from './users.service';

/**
 * User administration. Every route needs user.manage; which accounts and
 * courts it reaches (a court administrator: their own courts; the system
 * administrator: all staff) is decided per request by UserAdminScope.
 */
@ApiTags('users')
@Controller('users')
@Allow(Permission.UserManage)
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly memberships: MembershipsService,
    private readonly accounts: UserAccountsService,
  ) {}

  // Not @Idempotent(): a stored answer would keep the activation link in the database. The username makes a
  // repeat safe all the same: the second one is refused (409 username-taken) and writes nothing.
  @Post()
  @ApiOperation({
    summary: "Creates a staff user with a role in a court, without a password: the answer's one-time activation link (24 hours, shown once) lets the owner set their own",
  })
  @ApiCreatedResponse({ type: CreatedUserDto })
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateUserDto): Promise<CreatedUserDto> {
    return this.users.create(principal, body);
  }

  @Get()
  @ApiOperation({ summary: 'Staff users with a role in the courts the caller administers' })
  @ApiOkResponse({ type: [UserDto] })
  list(@CurrentPrincipal() principal: Principal, @Query() query: UserListQueryDto): Promise<UserDto[]> {
    return this.users.list(principal, query.courtId);
  }

  @Get(':userId')
  @ApiOperation({ summary: 'One user; 404 when they have no role in a court the caller administers' })
  @ApiOkResponse({ type: UserDto })
  get(@CurrentPrincipal() principal: Principal, @Param('userId') userId: string): Promise<UserDto> {
    return this.users.get(principal, userId);
  }

  @Put(':userId/memberships/:courtId')
  @ApiOperation({ summary: "Gives the user a staff role in the court, or changes it (never one's own)" })
  @ApiOkResponse({ type: UserDto })
  assignRole(
    @CurrentPrincipal() principal: Principal,
    @Param('userId') userId: string,
    @Param('courtId') courtId: string,
    @Body() body: AssignMembershipDto,
  ): Promise<UserDto> {
    return this.memberships.assign(principal, userId, courtId, body);
  }

  @Delete(':userId/memberships/:courtId')
  @HttpCode(204)
  @ApiOperation({ summary: "Removes the user's role in the court (never one's own)" })
  @ApiNoContentResponse()
  async removeRole(@CurrentPrincipal() principal: Principal, @Param('userId') userId: string, @Param('courtId') courtId: string): Promise<void> {
    await this.memberships.remove(principal, userId, courtId);
  }

  @Post(':userId/deactivate')
  @HttpCode(200)
  @ApiOperation({ summary: "Deactivates a staff account and ends all of its sessions at once" })
  @ApiOkResponse({ type: UserDto })
  deactivate(@CurrentPrincipal() principal: Principal, @Param('userId') userId: string): Promise<UserDto> {
    return this.accounts.deactivate(principal, userId);
  }

  @Post(':userId/reactivate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reactivates a staff account' })
  @ApiOkResponse({ type: UserDto })
  reactivate(@CurrentPrincipal() principal: Principal, @Param('userId') userId: string): Promise<UserDto> {
    return this.accounts.reactivate(principal, userId);
  }

  @Post(':userId/reset-password')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Resets a staff password without choosing one: the current one stops working, sessions end, a lock-out is lifted, and the answer is a one-time activation link (24 hours, shown once) for the owner',
  })
  @ApiOkResponse({ type: ActivationLinkDto })
  resetPassword(@CurrentPrincipal() principal: Principal, @Param('userId') userId: string, @Body() body: ResetPasswordDto): Promise<ActivationLinkDto> {
    return this.accounts.resetPassword(principal, userId, body?.reason ?? null);
  }

  @Post(':userId/reset-pin')
  @HttpCode(204)
  @ApiOperation({ summary: "Sets a temporary PIN (participant accounts): lifts a lock-out, ends sessions, must be changed at next sign-in" })
  @ApiNoContentResponse()
  async resetPin(@CurrentPrincipal() principal: Principal, @Param('userId') userId: string, @Body() body: ResetPinDto): Promise<void> {
    await this.accounts.resetPin(principal, userId, body.pin);
  }

  @Post(':userId/reset-second-factor')
  @HttpCode(204)
  @ApiOperation({ summary: "Removes the user's second factor (a lost phone) and ends their sessions" })
  @ApiNoContentResponse()
  async resetSecondFactor(@CurrentPrincipal() principal: Principal, @Param('userId') userId: string): Promise<void> {
    await this.accounts.resetSecondFactor(principal, userId);
  }
}
