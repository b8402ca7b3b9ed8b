# saudinewsnet_part025_0926 (annotator28)
@P1
NORP | سعوديا | p1_saudi
GPE | اليمن | p1_yemen

@P2
DATE | أمس | p2_date
NORP | سعوديا | p2_saudi
GPE | اليمن | p2_yemen

@P3
ORG | المحكمة الجزائية المتخصصة | p3_court
LAW | المادة السادسة | p3_art6a
LAW | نظام مكافحة جرائم المعلوماتية | p3_cybercrime1
LAW | مادة الحادية والعشرين | p3_art21
LAW | نظام جرائم الإرهاب وتمويله | p3_terror_law
LAW | مادة الثالثة عشرة | p3_art13
LAW | نظام مكافحة جرائم المعلوماتية | p3_cybercrime2
LAW | المادة السادسة | p3_art6b
LAW | نظام وثائق السفر | p3_travel_law
