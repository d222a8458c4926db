/** The form fields of a `/quote <text>` slash command as Slack posts them (the Slack benches' request). */
export function quoteCommandFields(text: string): Record<string, string> {
  return {
    token: 'verification',
    team_id: 'TBENCH',
    team_domain: 'bench',
    channel_id: 'CBENCH',
    channel_name: 'bench',
    user_id: 'UUSER',
    user_name: 'user',
    command: '/quote',
    text,
    api_app_id: 'ABENCH',
    is_enterprise_install: 'false',
    response_url: 'http://127.0.0.1:9/response/unused',
    trigger_id: 'trigger',
  };
}
