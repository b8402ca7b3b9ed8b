# saudinewsnet_part025_0536 (annotator3)
@P1
PER | آل دغيم | p1_dughaim
# "توفر80 مليار ريال": the amount is glued to the verb, no word start -> not annotatable

@P2
PER | خالد آل دغيم | p2_dughaim1
NORP | سعودي | p2_saudi1
MONEY | 80 مليار ريال | p2_money1
NORP | السعودي | p2_saudi2
NORP | الغربي | p2_western
NORP | السعودي | p2_saudi3
PER | آل دغيم | p2_dughaim2
ORG | المدينة | p2_madina
NORP | العربية | p2_arab
NORP | الخليجية | p2_gulf
DATE | السبعينيات الميلادية | p2_seventies
ORG | سابك | p2_sabic
PER | آل دغيم | p2_dughaim3
MONEY | تريليون دولار | p2_money2
PERCENT | 90% | p2_pct
GPE | دبي | p2_dubai
PER | آل دغيم | p2_dughaim4
