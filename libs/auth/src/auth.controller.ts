import { Body, Controller, Get, HttpCode, Patch, Post, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SignInRateLimit } from '@app/core';
import type { FastifyRequest } from 'fastify';
import { AllowIncompleteSignIn, Authenticated, CurrentPrincipal, Public } from './decorators';
import { ActivateAccountDto, ActivatedAccountDto, ActivationInfoDto, ActivationTokenDto } from './dto/activation.dto';
import { MeDto, UpdateMeDto } from './dto/me.dto';
import {
  ChangeSecretDto,
  ConfirmTotpDto,
  LoginDto,
  ParticipantLoginDto,
  RefreshDto,
  TokenPairDto,
  TotpSetupDto,
} from './dto/sign-in.dto';
import { Principal } from './principal';
import { SessionsService, TokenPair } from './sessions/sessions.service';
import { CredentialsService } from './sign-in/credentials.service';
import { SignInContext, SignInService } from './sign-in/sign-in.service';
import { AccountActivationsService } from './users/account-activations.service';

function signInContext(request: FastifyRequest): SignInContext {
  const userAgent = request.headers['user-agent'];
  return { client: { address: request.ip, userAgent: typeof userAgent === 'string' ? userAgent : null }, requestId: String(request.id) };
}

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly signIn: SignInService,
    private readonly sessions: SessionsService,
    private readonly credentials: CredentialsService,
    private readonly activations: AccountActivationsService,
  ) {}

  @Post('auth/activation')
  @Public()
  @SignInRateLimit()
  @HttpCode(200)
  @ApiOperation({ summary: "Whose staff account a one-time activation link is for (404 when unknown, used, replaced or expired); changes nothing" })
  @ApiOkResponse({ type: ActivationInfoDto })
  async activation(@Body() body: ActivationTokenDto): Promise<ActivationInfoDto> {
    const found = await this.activations.describe(body.token);
    return { username: found.username, displayName: found.displayName, expiresAt: found.expiresAt.toISOString() };
  }

  @Post('auth/activate')
  @Public()
  @SignInRateLimit()
  @HttpCode(200)
  @ApiOperation({ summary: "The owner of a staff account sets their own password with its one-time activation link; then they sign in" })
  @ApiOkResponse({ type: ActivatedAccountDto })
  activate(@Body() body: ActivateAccountDto, @Req() request: FastifyRequest): Promise<ActivatedAccountDto> {
    return this.activations.activate(body.token, body.password, String(request.id));
  }

  @Post('auth/login')
  @Public()
  @SignInRateLimit()
  @HttpCode(200)
  @ApiOperation({ summary: 'Staff sign-in with username and password (and the TOTP code when the account has one)' })
  @ApiOkResponse({ type: TokenPairDto })
  login(@Body() body: LoginDto, @Req() request: FastifyRequest): Promise<TokenPair> {
    return this.signIn.staff(body.username, body.password, body.totp, signInContext(request));
  }

  @Post('auth/participant-login')
  @Public()
  @SignInRateLimit()
  @HttpCode(200)
  @ApiOperation({ summary: "Participant sign-in with the court's code, participant number and PIN" })
  @ApiOkResponse({ type: TokenPairDto })
  participantLogin(@Body() body: ParticipantLoginDto, @Req() request: FastifyRequest): Promise<TokenPair> {
    return this.signIn.participant(body.court, body.participantNumber, body.pin, signInContext(request));
  }

  @Post('auth/refresh')
  @Public()
  @SignInRateLimit()
  @HttpCode(200)
  @ApiOperation({ summary: 'A new token pair for a refresh token; each refresh token works once' })
  @ApiOkResponse({ type: TokenPairDto })
  refresh(@Body() body: RefreshDto): Promise<TokenPair> {
    return this.sessions.refresh(body.refreshToken);
  }

  @Post('auth/logout')
  @Authenticated()
  @AllowIncompleteSignIn()
  @HttpCode(204)
  @ApiOperation({ summary: 'Ends the session: its access and refresh tokens stop working at once' })
  async logout(@CurrentPrincipal() principal: Principal): Promise<void> {
    await this.sessions.revoke(principal.sessionId, 'logout');
  }

  @Post('auth/change-secret')
  @Authenticated()
  @AllowIncompleteSignIn()
  @SignInRateLimit()
  @HttpCode(204)
  @ApiOperation({ summary: "Changes the caller's password (staff) or PIN (participant); other sessions end" })
  async changeSecret(@CurrentPrincipal() principal: Principal, @Body() body: ChangeSecretDto): Promise<void> {
    await this.credentials.changeSecret(principal, body.currentSecret, body.newSecret);
  }

  @Post('auth/totp/setup')
  @Authenticated()
  @AllowIncompleteSignIn()
  @HttpCode(200)
  @ApiOperation({ summary: 'Starts setting up an authenticator-app second factor (staff)' })
  @ApiOkResponse({ type: TotpSetupDto })
  setUpTotp(@CurrentPrincipal() principal: Principal): Promise<TotpSetupDto> {
    return this.credentials.setUpTotp(principal);
  }

  @Post('auth/totp/confirm')
  @Authenticated()
  @AllowIncompleteSignIn()
  @SignInRateLimit()
  @HttpCode(204)
  @ApiOperation({ summary: 'Confirms the second factor with a first code; sign-in asks for codes from then on' })
  async confirmTotp(@CurrentPrincipal() principal: Principal, @Body() body: ConfirmTotpDto): Promise<void> {
    await this.credentials.confirmTotp(principal, body.code);
  }

  @Get('me')
  @Authenticated()
  @AllowIncompleteSignIn()
  @ApiOperation({ summary: 'The signed-in user and their role in each court' })
  @ApiOkResponse({ type: MeDto })
  me(@CurrentPrincipal() principal: Principal): Promise<MeDto> {
    return this.credentials.me(principal);
  }

  @Patch('me')
  @Authenticated()
  @ApiOperation({ summary: "Changes the signed-in user's own settings (their language; null follows the court's)" })
  @ApiOkResponse({ type: MeDto })
  updateMe(@CurrentPrincipal() principal: Principal, @Body() body: UpdateMeDto): Promise<MeDto> {
    return this.credentials.updateMe(principal, body);
  }
}
