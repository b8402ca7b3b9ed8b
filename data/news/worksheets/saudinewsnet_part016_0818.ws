# saudinewsnet_part016_0818 (annotator39)
@P1
ORG | الاتحاد السعودي للطائرة | p1_svf
GPE | مصر | p1_egypt

@P2
ORG | الاتحاد السعودي للكرة الطائرة | p2_svf
DATE | أمس الأول | p2_date
ORG | المنتخب السعودي للناشئين للكرة الطائرة | p2_team
GPE | جمهورية مصر العربية | p2_egypt
REL | VISIT | p2_team | p2_egypt

@P3
ORG | الاتحاد السعودي للكرة الطائرة | p3_svf1
ORG | اتحاد السعودي | p3_svf2
ORG | المنتخب السعودي للناشئين | p3_team
GPE | جمهورية مصر العربية | p3_egypt
PER | عبدالله العدوان | p3_adwan
REL | VISIT | p3_team | p3_egypt
REL | ROLE | p3_adwan | p3_svf1

@P4
ORG | المنتخب المغربي | p4_morocco_team
EVENT | البطولة الافريقية للكرة الطائرة | p4_african_ch
GPE | القاهرة | p4_cairo
NORP | السعودية | p4_saudi

@P7
PER | عبدالله العدوان | p7_adwan
NORP | السعودية | p7_saudi
PER | عبدالله الجبر | p7_jabr
LOC | النيل | p7_nile
PER | خالد مطر | p7_matar

@P8
ORG | الاتحاد السعودي للكرة الطائرة | p8_svf
PER | فهد الحريشي | p8_huraishi
ORG | الرئاسة العامة لرعاية الشباب | p8_gpyw
ORG | اللجنة الاولمبية العربية السعودية | p8_soc
REL | ROLE | p8_huraishi | p8_svf
