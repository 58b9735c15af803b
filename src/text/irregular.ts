/**
 * Irregular past tenses and participles of common English verbs and their base forms, so that
 * "drew" finds "draw" and "led" finds "leads". Forms that are also common words of another
 * meaning ("left", "found", "saw", "lay", "felt", "ground") are left out.
 */
export const IRREGULAR: Readonly<Record<string, string>> = Object.fromEntries(
  (
    'arose:arise arisen:arise awoke:awake borne:bear became:become began:begin begun:begin bent:bend ' +
    'bit:bite bitten:bite bled:bleed blew:blow blown:blow broke:break broken:break bred:breed brought:bring ' +
    'built:build burnt:burn bought:buy caught:catch chose:choose chosen:choose clung:cling came:come crept:creep dealt:deal ' +
    'dug:dig did:do done:do drew:draw drawn:draw dreamt:dream drank:drink drunk:drink drove:drive driven:drive ate:eat eaten:eat ' +
    'fell:fall fallen:fall fed:feed fought:fight fled:flee flew:fly flown:fly forbade:forbid forbidden:forbid forgot:forget ' +
    'forgotten:forget forgave:forgive forgiven:forgive froze:freeze frozen:freeze got:get gotten:get gave:give given:give went:go ' +
    'gone:go grew:grow grown:grow hung:hang heard:hear hid:hide hidden:hide held:hold kept:keep knew:know known:know laid:lay ' +
    'led:lead lent:lend lost:lose made:make meant:mean met:meet paid:pay rode:ride ridden:ride rang:ring rung:ring ' +
    'risen:rise ran:run said:say sought:seek sold:sell sent:send shook:shake shaken:shake shone:shine shot:shoot shrank:shrink ' +
    'shrunk:shrink sang:sing sung:sing sank:sink sunk:sink slept:sleep slid:slide spoke:speak spoken:speak spent:spend ' +
    'spun:spin sprang:spring sprung:spring stood:stand stole:steal stolen:steal stuck:stick stung:sting strove:strive ' +
    'striven:strive struck:strike stricken:strike swore:swear sworn:swear swept:sweep swam:swim swum:swim swung:swing took:take ' +
    'taken:take taught:teach tore:tear torn:tear told:tell thought:think threw:throw thrown:throw understood:understand ' +
    'undertook:undertake undertaken:undertake underwent:undergo undergone:undergo upheld:uphold woke:wake woken:wake wore:wear ' +
    'worn:wear wove:weave woven:weave wept:weep withdrew:withdraw withdrawn:withdraw wrote:write written:write ' +
    'overtook:overtake overtaken:overtake oversaw:oversee overseen:oversee sped:speed'
  )
    .split(' ')
    .map((p) => p.split(':') as [string, string]),
);
