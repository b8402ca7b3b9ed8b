# ant_v1.1_part000_0632 (annotator54)
@P1
ORG | STB | p1_stb
DATE | سنة 2020 | p1_2020

@P2
ORG | شركة التونسية للبنك | p2_stb            # after "لل" (§1.1); the nationality belongs to the bank's name
PER | سمير الصياد | p2_sayyad
REL | ROLE | p2_sayyad | p2_stb
# "البنك" alone is a common-noun reference; supervision of the plan by the IMF/WB/CBT is no SUPPORTS
ORG | صندوق النقد الدولي | p2_imf
ORG | البنك العالمي | p2_wb
ORG | البنك المركزي التونسي | p2_bct

@P3
# "المسؤول", "المدير العام للبنك" name no body: no ROLE in this paragraph
PER | الصياد | p3_sayyad1
DATE | الجمعة | p3_friday
ORG | بورصة تونس | p3_bvmt                      # the exchange; the city inside its name is not separate
DATE | سنة 2018 | p3_2018
DATE | سنة 2020 | p3_2020a
ORG | الشركة التونسية للبنك | p3_stb1
ORG | الشركة التونسية للبنك | p3_stb2
DATE | سنة 2016 | p3_2016
MONEY | 70 مليون دينار | p3_m70
PERCENT | 107 بالمائة | p3_p107
MONEY | 164 مليون دينار | p3_m164
PERCENT | 104 بالمائة | p3_p104
MONEY | 310 مليون دينار | p3_m310
PERCENT | 99 بالمائة | p3_p99
MONEY | 5558 مليون دينار | p3_m5558
MONEY | 5443 مليون دينار | p3_m5443
PERCENT | 100 بالمائة | p3_p100
DATE | سنة 2020 | p3_2020b
MONEY | 185 مليون دينار | p3_m185
PERCENT | 46،2 بالمائة | p3_p462
PERCENT | 16،7 بالمائة | p3_p167
MONEY | 7158 مليون | p3_m7158                 # "ديناروتحقيق" is glued to the next word: the span cannot end inside it
MONEY | 7300 مليون دينار | p3_m7300
ORG | الشركة التونسية للبنك | p3_stb3
MONEY | 1700 مليون دينار | p3_m1700
ORG | الجمعية المهنية للبنوك | p3_aptbef
ORG | الجامعة التونسية للنزل | p3_fth
PER | الصياد | p3_sayyad2
MONEY | 600 مليون دينار | p3_m600
ORG | الشركة التونسية للبنك | p3_stb4
ORG | الشركة التونسية للبنك | p3_stb5
DATE | سنة 1958 | p3_1958
